import { outputParameterStep, type OutputParameterSpecs, type OutputReferences, type StepInputValue } from "./output-parameters.ts";
import type { StepArgs } from "./step-args.ts";

/** What a callback step takes (SDK `CallbackStep`). */
export interface CallbackArgs<O extends OutputParameterSpecs> {
  /** The SQS queue SageMaker sends the step's token and inputs to (plain text, as the SDK takes it). */
  readonly sqsQueueUrl: string;
  /** Sent in the message with the token (the step's `Arguments`). @default {} */
  readonly inputs?: Readonly<Record<string, StepInputValue>>;
  /** Outputs the external system reports with SendPipelineExecutionStepSuccess, by name and type. @default {} */
  readonly outputs?: O;
}

/** A callback step: `outputs.<name>` is `Steps.<step>.OutputParameters['<name>']`, typed by the declared type. */
export interface CallbackStepArgs<O extends OutputParameterSpecs = OutputParameterSpecs> extends StepArgs<"Callback"> {
  readonly outputs: OutputReferences<O>;
}

/** Callback step arguments: the pipeline waits until an external system reports success or failure. */
export function callback<const O extends OutputParameterSpecs = {}>(args: CallbackArgs<O>): CallbackStepArgs<O> {
  return outputParameterStep("Callback", args, () => ({ SqsQueueUrl: args.sqsQueueUrl }));
}
