import { ParameterNode, type PipelineVariable } from "@sagepipe/expressions";
import type { RenderContext } from "./render-context.ts";

/** What the SDK falls back to for a job name when the image is a pipeline variable. */
export type JobClassName = "processing-job" | "training-job" | "Model";

/**
 * How much of a base name the SDK keeps when `definitionConfig` keeps job names: the name's
 * limit less the "-<timestamp>" it leaves room for (63 characters for processing, training and
 * transform jobs and models; 32 for tuning and AutoML jobs, each with its own stamp).
 */
export const KEPT_NAME_LENGTH = {
  job: 63 - "-2023-11-14-22-13-20-123".length,
  tuning: 32 - "-231114-2213".length,
  autoML: 32 - "-2023-11-14-22-13-20-123".length,
} as const;

/**
 * The SDK's `base_name_from_image`: the repository part of an image URI
 * (`.../my-image:latest` -> `my-image`); a String parameter's default; else `fallback`.
 */
export function baseNameFromImage(image: string | PipelineVariable<string>, fallback: string): string {
  let uri: string | undefined;
  if (typeof image === "string") uri = image;
  else if (ParameterNode.is(image) && image.type === "String" && typeof image.defaultValue === "string" && image.defaultValue) uri = image.defaultValue;
  if (uri === undefined) return fallback;
  return /^(?:.+\/)?([^:/]+)(?::[^:]+)?$/.exec(uri)?.[1] ?? uri;
}

/**
 * A job-name field (`ProcessingJobName`, `TrainingJobName`, `ModelName`, ...): kept only when
 * the pipeline sets `definitionConfig: { useCustomJobPrefix: true }`, as the base job name (or
 * the image's name) the SDK would have stamped, without the stamp. Undefined otherwise.
 */
export function keptJobName(
  ctx: RenderContext,
  baseJobName: string | undefined,
  image: string | PipelineVariable<string>,
  jobClass: JobClassName,
): string | undefined {
  if (!ctx.useCustomJobPrefix) return undefined;
  return (baseJobName ?? baseNameFromImage(image, jobClass)).slice(0, KEPT_NAME_LENGTH.job);
}
