import type { Value } from "@sagepipe/expressions";

/** How a tuning job starts from earlier ones (SDK `WarmStartTypes`). */
export type WarmStartType = "IdenticalDataAndAlgorithm" | "TransferLearning";

/** Start a tuning job from the results of earlier ones (SDK `WarmStartConfig`). */
export interface WarmStart {
  /** "IdenticalDataAndAlgorithm": same data and image; "TransferLearning": may differ. */
  readonly type: WarmStartType;
  /** Names of the parent tuning jobs (1 to 5), kept in the order written. */
  readonly parents: readonly Value<string>[];
}

/** SageMaker's limit on parent tuning jobs. */
const MAX_PARENTS = 5;

/** Problems with a warm start (empty when fine). */
export function warmStartProblems(w: WarmStart): string[] {
  const problems: string[] = [];
  if (w.type !== "IdenticalDataAndAlgorithm" && w.type !== "TransferLearning") {
    problems.push(`warmStart.type '${String(w.type)}' is not "IdenticalDataAndAlgorithm" or "TransferLearning"`);
  }
  if (w.parents.length < 1 || w.parents.length > MAX_PARENTS) problems.push(`warmStart.parents has ${w.parents.length} tuning jobs; give 1 to ${MAX_PARENTS}`);
  const literal = w.parents.filter((p): p is string => typeof p === "string");
  const repeated = literal.filter((p, i) => literal.indexOf(p) !== i);
  if (repeated.length) problems.push(`warmStart.parents lists '${repeated[0]}' twice`);
  return problems;
}

/**
 * `WarmStartConfig`. The SDK keeps the parents in a Python set, so their order changes from run
 * to run; here they keep the order written, so the definition is reproducible.
 */
export function renderWarmStart(w: WarmStart): object {
  return { WarmStartType: w.type, ParentHyperParameterTuningJobs: w.parents.map((p) => ({ HyperParameterTuningJobName: p })) };
}
