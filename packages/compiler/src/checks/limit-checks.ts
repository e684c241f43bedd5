import { PROCESSING_LIMITS } from "@sagepipe/validate";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { CheckInput } from "./check.ts";

// The limits and where AWS documents them live with the same checks on built definitions.
const { processingDoc: PROCESSING_DOC, appSpecDoc: APP_SPEC_DOC, maxInputs: MAX_PROCESSING_INPUTS, maxArgumentLength: MAX_ARGUMENT_LENGTH } = PROCESSING_LIMITS;

/** SP601: more processing inputs than CreateProcessingJob accepts (10, the code input included). */
export function checkProcessingInputCount({ pipeline }: CheckInput): Diagnostic[] {
  return pipeline.steps.flatMap((s) => {
    if (s.decorator !== "Processing" || !s.inputCount) return [];
    const total = s.inputCount.value + (s.hasCode ? 1 : 0);
    if (total <= MAX_PROCESSING_INPUTS) return [];
    const counted = s.hasCode ? `${s.inputCount.value} inputs and the code input` : `${total} inputs`;
    return [diagnostic("SP601", "error", s.inputCount.span, `${s.method}() has ${total} processing inputs (${counted}); CreateProcessingJob accepts at most 10 (ProcessingInputs, ${PROCESSING_DOC}).`, "Combine inputs under one S3 prefix, or split the work into two processing steps.")];
  });
}

/** SP602: a job argument longer than the API accepts (256 characters). */
export function checkJobArgumentLength({ pipeline }: CheckInput): Diagnostic[] {
  return pipeline.steps.flatMap((s) =>
    (s.jobArguments ?? [])
      .filter((a) => a.value.length > MAX_ARGUMENT_LENGTH)
      .map((a) => diagnostic("SP602", "error", a.span, `${s.method}(): a job argument of ${a.value.length} characters; SageMaker accepts at most 256 per argument (ContainerArguments, ${APP_SPEC_DOC}).`, "Put the long value in a file that a processing input downloads, and pass its path as the argument (environment values are limited to 256 characters too).")),
  );
}
