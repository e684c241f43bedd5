// Job names kept in the definition (`ProcessingJobName`, `TrainingJobName`, ...): sagepipe writes
// them only under the pipeline's `definitionConfig: { useCustomJobPrefix: true }`, from each
// job's base name. The import turns that setting on when the definition's jobs hold their names,
// and gives each job the base name that renders its name back.
import { KEPT_NAME_LENGTH } from "@sagepipe/core";
import { isJsonObject } from "../expressions.ts";
import { CannotImport, type ImportScope } from "../import-scope.ts";
import type { JsonReader } from "../json-reader.ts";
import { literal, type Code } from "../ts-code.ts";

/** The job-name key of each step Type whose helper keeps it under useCustomJobPrefix. */
const NAME_KEYS: Readonly<Record<string, string>> = {
  Processing: "ProcessingJobName",
  Training: "TrainingJobName",
  Tuning: "HyperParameterTuningJobName",
  Transform: "TransformJobName",
  AutoML: "AutoMLJobName",
  Model: "ModelName",
};

/** A notebook job (a Training step run by the scheduler) names its job itself, whatever the setting. */
export function isNotebookJob(args: { readonly [k: string]: unknown }): boolean {
  const spec = args.AlgorithmSpecification;
  return isJsonObject(spec) && Array.isArray(spec.ContainerEntrypoint) && spec.ContainerEntrypoint.includes("amazon_sagemaker_scheduler");
}

/** True when a job step of the definition holds its job name as text: the pipeline kept job names. */
export function keepsJobNames(steps: readonly { readonly type?: string; readonly step: unknown }[]): boolean {
  return steps.some(({ type, step }) => {
    const key = type === undefined ? undefined : NAME_KEYS[type];
    const args = isJsonObject(step) ? step.Arguments : undefined;
    return key !== undefined && isJsonObject(args) && typeof args[key] === "string" && !isNotebookJob(args);
  });
}

/**
 * The base name to give the job's helper (`option`), read from the step's job-name `key`; undefined
 * when the pipeline does not keep job names. `maxLength`: how much of the base name the helper keeps.
 */
export function keptJobNameCode(a: JsonReader, key: string, scope: ImportScope, by: string, option: string, maxLength = Infinity): Code | undefined {
  const name = a.take(key);
  if (!scope.keepsJobNames) {
    if (name === undefined) return undefined;
    throw new CannotImport(a.at(key), `${by} writes ${key} only when the pipeline keeps job names (definitionConfig), which this definition's other jobs do not`);
  }
  if (name === undefined) throw new CannotImport(a.pointer, `the pipeline keeps job names (definitionConfig), and ${by} writes ${key} from its ${option}, which this step leaves out`);
  if (typeof name !== "string" || name.length > maxLength) {
    throw new CannotImport(a.at(key), `${by} writes ${key} from ${option} as text of at most ${maxLength} characters`);
  }
  return literal(name);
}

/** How much of a base job name processing and training jobs keep (core's, which the build cuts to). */
export const JOB_BASE_LENGTH = KEPT_NAME_LENGTH.job;
