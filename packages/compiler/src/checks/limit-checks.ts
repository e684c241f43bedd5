import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { CheckInput } from "./check.ts";

const PROCESSING_DOC = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html";

/** SP601: more processing inputs than CreateProcessingJob accepts (10, the code input included). */
export function checkProcessingInputCount({ pipeline }: CheckInput): Diagnostic[] {
  return pipeline.steps.flatMap((s) => {
    if (s.decorator !== "Processing" || !s.inputCount) return [];
    if (s.inputCount.value <= 10) return [];
    return [diagnostic("SP601", "error", s.inputCount.span, `${s.method}() has ${s.inputCount.value} processing inputs; CreateProcessingJob accepts at most 10 (ProcessingInputs, ${PROCESSING_DOC}).`, "Combine inputs under one S3 prefix, or split the work into two processing steps.")];
  });
}

/** SP602: a job argument longer than the API accepts (256 characters). */
export function checkJobArgumentLength({ pipeline }: CheckInput): Diagnostic[] {
  return pipeline.steps.flatMap((s) =>
    (s.jobArguments ?? [])
      .filter((a) => a.value.length > 256)
      .map((a) => diagnostic("SP602", "error", a.span, `${s.method}(): a job argument of ${a.value.length} characters; SageMaker accepts at most 256 per argument (ContainerArguments, ${PROCESSING_DOC}).`, "Pass long values through a file in an input, or an environment variable.")),
  );
}
