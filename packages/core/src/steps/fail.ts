import type { Value } from "@sagepipe/expressions";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";

/** A step that stops the execution as failed with a message (SDK `FailStep`). */
export type FailStepArgs = StepArgs<"Fail">;

/** Fail step arguments; the message may hold pipeline variables (`str` / `join`). */
export function fail(errorMessage: Value<string> = ""): FailStepArgs {
  const slot = new StepSlot();
  return {
    [STEP_ARGS]: {
      kind: "Fail",
      slot,
      inputs: () => errorMessage,
      render: (ctx) => [{ Name: ctx.stepName, Type: "Fail", Arguments: { ErrorMessage: errorMessage } }],
    },
  };
}
