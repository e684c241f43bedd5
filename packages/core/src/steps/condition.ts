import { propertyProxy, type ConditionNode, type PipelineVariable } from "@sagepipe/expressions";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";

/** What `condition()` takes: all conditions must hold for the if-branch. */
export interface ConditionArgs {
  readonly conditions: readonly ConditionNode[];
  /** Steps run when every condition holds: other step methods, called (`this.register()`). */
  readonly ifSteps?: readonly StepArgs[];
  readonly elseSteps?: readonly StepArgs[];
}

/** A condition step; `outcome` is true/false at run time. */
export interface ConditionStepArgs extends StepArgs<"Condition"> {
  /** `Steps.<name>.Outcome` */
  readonly outcome: PipelineVariable<boolean>;
}

/** Condition step arguments (SDK `ConditionStep`). */
export function condition(args: ConditionArgs): ConditionStepArgs {
  const slot = new StepSlot();
  const ifSteps = args.ifSteps ?? [];
  const elseSteps = args.elseSteps ?? [];
  return {
    outcome: propertyProxy<{ Outcome: PipelineVariable<boolean> }>(slot.root()).Outcome,
    [STEP_ARGS]: {
      kind: "Condition",
      slot,
      inputs: () => args.conditions,
      branches: () => ({ ifSteps, elseSteps }),
      render: (ctx, renderNested) => [
        {
          Name: ctx.stepName,
          Type: "Condition",
          Arguments: {
            Conditions: [...args.conditions],
            IfSteps: ifSteps.flatMap(renderNested),
            ElseSteps: elseSteps.flatMap(renderNested),
          },
        },
      ],
    },
  };
}
