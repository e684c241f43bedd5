import { AwsError } from "./aws-error.ts";
import type { AwsClients } from "./clients.ts";
import { diffDefinitions, type DefinitionChange } from "./definition-diff.ts";
import type { DeployableBuild } from "./deployable.ts";
import { formatDefinitionDiff } from "./format-definition-diff.ts";
import { findPipeline } from "./live-pipeline.ts";

/** How a build compares with the pipeline deployed under its name. */
export interface PipelineDiff {
  readonly pipelineName: string;
  /** False when no pipeline of that name exists. */
  readonly exists: boolean;
  /** Empty when the live definition equals the built one. */
  readonly changes: readonly DefinitionChange[];
}

/** Compares the built definition with the live one (DescribePipeline), as JSON values. */
export async function diffPipeline(build: DeployableBuild, options: { readonly clients: AwsClients }): Promise<PipelineDiff> {
  let built: unknown;
  try {
    built = JSON.parse(build.definitionJson);
  } catch (e) {
    throw new AwsError("Diff", `${build.name}: the definition is not valid JSON (${e instanceof Error ? e.message : String(e)}). Rebuild it.`);
  }
  const live = await findPipeline(options.clients.sagemaker, build.name);
  if (!live) return { pipelineName: build.name, exists: false, changes: [] };
  return { pipelineName: build.name, exists: true, changes: diffDefinitions(live.definition ?? null, built) };
}

/** True when the build and the live pipeline are the same. */
export function isSame(diff: PipelineDiff): boolean {
  return diff.exists && diff.changes.length === 0;
}

/** The lines `sagepipe diff` prints for one pipeline. */
export function formatPipelineDiff(diff: PipelineDiff): string[] {
  if (!diff.exists) return [`${diff.pipelineName}: not deployed (no pipeline of this name in this account and region); \`sagepipe deploy\` would create it.`];
  if (!diff.changes.length) return [`${diff.pipelineName}: no differences; the live definition matches this build.`];
  const n = diff.changes.length;
  return [
    `${diff.pipelineName}: ${n} difference${n === 1 ? "" : "s"} between the live pipeline and this build (- only live, + only in the build, ~ changed: live -> build)`,
    ...formatDefinitionDiff(diff.changes),
  ];
}
