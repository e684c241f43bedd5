import { sameDefinition } from "./canonical-json.ts";
import type { LivePipeline } from "./live-pipeline.ts";

/** The pipeline settings a deploy asks for; undefined fields are left as they are. */
export interface DesiredPipeline {
  readonly name: string;
  readonly definition: unknown;
  readonly roleArn?: string;
  readonly description?: string;
  readonly displayName?: string;
  readonly maxParallelExecutionSteps?: number;
  readonly tags: Readonly<Record<string, string>>;
}

/** One pipeline field whose live value differs from the desired one. */
export type PipelineField = "definition" | "roleArn" | "description" | "displayName" | "parallelism";

/** What a deploy will do to one pipeline. */
export interface DeployPlan {
  /** `create`: it does not exist; `update`: fields differ; `none`: only tags (or nothing) to do. */
  readonly action: "create" | "update" | "none";
  /** Fields UpdatePipeline will change (empty for create and none). */
  readonly changedFields: readonly PipelineField[];
  /** Tags to add or overwrite (all desired tags for create). Tags not asked for are never removed. */
  readonly tagsToSet: Readonly<Record<string, string>>;
}

/**
 * Compares what is asked for with what is live. "No change" means: the definitions are the
 * same JSON value (key order and spacing ignored), each of role, description, display name and
 * parallelism is either not asked for or equal, and every asked-for tag is already set to the
 * same value. Tags on the pipeline that were not asked for are left alone.
 */
export function planDeploy(desired: DesiredPipeline, live: LivePipeline | undefined): DeployPlan {
  if (!live) return { action: "create", changedFields: [], tagsToSet: { ...desired.tags } };
  const changed: PipelineField[] = [];
  if (!sameDefinition(desired.definition, live.definition)) changed.push("definition");
  if (desired.roleArn !== undefined && desired.roleArn !== live.roleArn) changed.push("roleArn");
  if (desired.description !== undefined && desired.description !== (live.description ?? "")) changed.push("description");
  if (desired.displayName !== undefined && desired.displayName !== (live.displayName ?? "")) changed.push("displayName");
  if (desired.maxParallelExecutionSteps !== undefined && desired.maxParallelExecutionSteps !== live.maxParallelExecutionSteps) {
    changed.push("parallelism");
  }
  const tagsToSet = Object.fromEntries(Object.entries(desired.tags).filter(([k, v]) => live.tags[k] !== v));
  return { action: changed.length ? "update" : "none", changedFields: changed, tagsToSet };
}

/** Problems with the desired settings that SageMaker would reject anyway, found before any call. */
export function checkDesired(desired: DesiredPipeline, creating: boolean): string[] {
  const problems: string[] = [];
  const namePattern = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/;
  if (!namePattern.test(desired.name)) problems.push(`pipeline name '${desired.name}': use up to 256 letters, digits and single hyphens, starting with a letter or digit.`);
  if (desired.displayName !== undefined && !namePattern.test(desired.displayName)) {
    problems.push(`display name '${desired.displayName}': use up to 256 letters, digits and hyphens, starting with a letter or digit.`);
  }
  if (desired.description !== undefined && desired.description.length > 3072) problems.push(`description: ${desired.description.length} characters, over SageMaker's 3072.`);
  if (desired.roleArn !== undefined && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(desired.roleArn)) {
    problems.push(`role ARN '${desired.roleArn}': expected arn:aws:iam::<account>:role/<name>.`);
  }
  if (creating && desired.roleArn === undefined) problems.push(`pipeline '${desired.name}' does not exist yet: pass --role-arn <arn> (library: options.roleArn) to create it.`);
  const p = desired.maxParallelExecutionSteps;
  if (p !== undefined && !(Number.isInteger(p) && p >= 1)) problems.push(`max parallel steps: ${p} is not a whole number of at least 1.`);
  for (const [key, value] of Object.entries(desired.tags)) {
    if (!key || key.length > 128) problems.push(`tag '${key}': keys are 1 to 128 characters.`);
    if (key.toLowerCase().startsWith("aws:")) problems.push(`tag '${key}': the aws: prefix is reserved by AWS.`);
    if (value.length > 256) problems.push(`tag '${key}': values are at most 256 characters.`);
  }
  return problems;
}
