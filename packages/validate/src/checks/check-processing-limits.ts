// Limits of CreateProcessingJob that the SDK's request types do not carry: at most 10
// ProcessingInputs, ContainerArguments items of at most 256 characters. On a built definition
// every input is counted (the code, a framework's launcher, PySpark's py-files, jars, files)
// and every argument has its final text.
import { stepLabel, type DefinitionContext } from "../definition/definition-context.ts";
import { childPointer, isObject } from "../json-pointer.ts";
import { issue, type ValidationIssue } from "../validation-issue.ts";

/** Where AWS documents the processing limits, and the limits. */
export const PROCESSING_LIMITS = {
  processingDoc: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html",
  appSpecDoc: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AppSpecification.html",
  maxInputs: 10,
  maxArgumentLength: 256,
} as const;

/** SP601 and SP602 on every processing step. */
export function checkProcessingLimits(ctx: DefinitionContext): ValidationIssue[] {
  const { processingDoc, appSpecDoc, maxInputs, maxArgumentLength } = PROCESSING_LIMITS;
  const out: ValidationIssue[] = [];
  for (const step of ctx.steps) {
    const args = step.step.Arguments;
    if (step.type !== "Processing" || !isObject(args)) continue;
    const inputs = args.ProcessingInputs;
    if (Array.isArray(inputs) && inputs.length > maxInputs) {
      const names = inputs.map((i) => (isObject(i) ? i.InputName : undefined)).filter((n) => typeof n === "string").join(", ");
      out.push(issue("SP601", childPointer(step.pointer, "Arguments", "ProcessingInputs"), `${stepLabel(step)} has ${inputs.length} processing inputs (${names}); CreateProcessingJob accepts at most ${maxInputs} (ProcessingInputs, ${processingDoc}).`, "The processor adds inputs of its own for code and dependencies: combine your inputs under one S3 prefix, or split the work into two processing steps."));
    }
    const app = args.AppSpecification;
    const list = isObject(app) && Array.isArray(app.ContainerArguments) ? app.ContainerArguments : [];
    list.forEach((a, index) => {
      if (typeof a !== "string" || a.length <= maxArgumentLength) return;
      out.push(issue("SP602", childPointer(step.pointer, "Arguments", "AppSpecification", "ContainerArguments", index), `${stepLabel(step)}: a job argument of ${a.length} characters; SageMaker accepts at most ${maxArgumentLength} per argument (ContainerArguments, ${appSpecDoc}).`, "Put the long value in a file that a processing input downloads, and pass its path as the argument (environment values are limited to 256 characters too)."));
    });
  }
  return out;
}
