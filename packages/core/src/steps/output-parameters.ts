import { PropertyNode, type PipelineVariable, type Primitive, type PropertyRoot } from "@sagepipe/expressions";
import { StepError, type RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";
import { declaredOnly } from "./declared-names.ts";

/** The types an output of a Lambda or Callback step may have (SDK `LambdaOutputTypeEnum`). */
export type OutputParameterType = "String" | "Integer" | "Boolean" | "Float";

/** Output name -> type, in the order the step declares them: `{ status: "String", score: "Float" }`. */
export type OutputParameterSpecs = Readonly<Record<string, OutputParameterType>>;

/** The TypeScript type of an output's value at run time. */
export type OutputValue<T extends OutputParameterType> = T extends "String" ? string : T extends "Boolean" ? boolean : number;

/** Typed references to a step's outputs: `Steps.<name>.OutputParameters['<output>']`. */
export type OutputReferences<O extends OutputParameterSpecs> = {
  readonly [K in keyof O]: PipelineVariable<OutputValue<O[K]>> & PropertyNode;
};

/** A value a Lambda or Callback step takes as input: JSON, with pipeline variables anywhere. */
export type StepInputValue = Primitive | PipelineVariable | null | readonly StepInputValue[] | { readonly [key: string]: StepInputValue };

const TYPES: ReadonlySet<string> = new Set<OutputParameterType>(["String", "Integer", "Boolean", "Float"]);

/** Problems with declared outputs (an unknown type given from plain JavaScript). */
export function outputProblems(outputs: OutputParameterSpecs): string[] {
  return Object.entries(outputs)
    .filter(([, type]) => !TYPES.has(type))
    .map(([name, type]) => `output '${name}' has type '${String(type)}'; use one of String, Integer, Boolean, Float`);
}

/** One reference per declared output. */
export function outputReferences<O extends OutputParameterSpecs>(root: PropertyRoot, outputs: O): OutputReferences<O> {
  const refs = Object.keys(outputs).map((name) => [name, PropertyNode.create(root, [{ field: "OutputParameters" }, { index: name }])]);
  return Object.freeze(Object.fromEntries(refs)) as OutputReferences<O>;
}

/** `OutputParameters` as the definition holds them. */
export function renderOutputParameters(outputs: OutputParameterSpecs): object[] {
  return Object.entries(outputs).map(([name, type]) => ({ OutputName: name, OutputType: type }));
}

/**
 * The step arguments of a step whose results are output parameters (Lambda, Callback): the
 * typed `outputs`, and a render that checks the declared outputs and adds the kind's own keys
 * (`FunctionArn`, `SqsQueueUrl`) before `OutputParameters`.
 */
export function outputParameterStep<K extends "Lambda" | "Callback", O extends OutputParameterSpecs>(
  kind: K,
  args: { readonly inputs?: Readonly<Record<string, StepInputValue>>; readonly outputs?: O },
  ownKeys: (ctx: RenderContext) => Readonly<Record<string, unknown>>,
): StepArgs<K> & { readonly outputs: OutputReferences<O> } {
  const slot = new StepSlot();
  const outputs = (args.outputs ?? {}) as O;
  return {
    outputs: declaredOnly(outputReferences(slot.root(), outputs), "outputs", slot),
    [STEP_ARGS]: {
      kind,
      slot,
      inputs: () => args.inputs,
      render: (ctx) => {
        const problems = outputProblems(outputs);
        if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}.`);
        return [{ Name: ctx.stepName, Type: kind, Arguments: { ...(args.inputs ?? {}) }, ...ownKeys(ctx), OutputParameters: renderOutputParameters(outputs) }];
      },
    },
  };
}
