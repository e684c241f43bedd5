import { outputParameterStep, type OutputParameterSpecs, type OutputReferences, type StepInputValue } from "./output-parameters.ts";
import type { StepArgs } from "./step-args.ts";
import { defineLambdaFunction, type LambdaFunctionSpec } from "./lambda-function-spec.ts";

export type { LambdaFunctionSpec } from "./lambda-function-spec.ts";

/** An existing AWS Lambda function (SDK `Lambda(function_arn=...)`). */
export interface ExistingLambdaFunction {
  /** The function's ARN, e.g. "arn:aws:lambda:us-east-1:123456789012:function:my-function" (plain text, as the SDK takes it). */
  readonly functionArn: string;
}

/** An existing function by ARN, or one the pipeline defines from a script (created or updated by `sagepipe deploy`). */
export type LambdaFunctionProps = ExistingLambdaFunction | LambdaFunctionSpec;

/** What invoking the function takes. */
export interface LambdaInvokeArgs<O extends OutputParameterSpecs> {
  /** The event the function receives (the step's `Arguments`). @default {} */
  readonly inputs?: Readonly<Record<string, StepInputValue>>;
  /** Outputs the function returns, by name and type: `{ status: "String", score: "Float" }`. @default {} */
  readonly outputs?: O;
}

/** A Lambda step: `outputs.<name>` is `Steps.<step>.OutputParameters['<name>']`, typed by the declared type. */
export interface LambdaStepArgs<O extends OutputParameterSpecs = OutputParameterSpecs> extends StepArgs<"Lambda"> {
  readonly outputs: OutputReferences<O>;
}

/** Lambda step arguments (SDK `LambdaStep`). */
export function lambdaStep<const O extends OutputParameterSpecs = {}>(fn: LambdaFunctionProps, args: LambdaInvokeArgs<O> = {}): LambdaStepArgs<O> {
  return outputParameterStep("Lambda", args, (ctx) => ({ FunctionArn: "functionArn" in fn ? fn.functionArn : defineLambdaFunction(fn, ctx) }));
}

/** An existing Lambda function: `.invoke({ inputs, outputs })` gives a Lambda step's arguments. */
export function lambdaFunction(props: LambdaFunctionProps): {
  invoke<const O extends OutputParameterSpecs = {}>(args?: LambdaInvokeArgs<O>): LambdaStepArgs<O>;
} {
  return { invoke: (args) => lambdaStep(props, args) };
}
