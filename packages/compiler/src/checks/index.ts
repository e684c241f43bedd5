import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { PipelineFact } from "../extract/facts.ts";
import { buildStaticGraph } from "../graph/static-graph.ts";
import type { Check } from "./check.ts";
import { checkBranchMembership, checkCycles, checkDuplicateStepNames, checkIsolatedSteps, checkNonStepReferences, checkUsesOfBranchSteps } from "./graph-checks.ts";
import { checkJobArgumentLength, checkProcessingInputCount } from "./limit-checks.ts";
import { checkParameterNames, checkPipelineName, checkStepNames } from "./name-checks.ts";
import { checkUnusedParameters } from "./parameter-checks.ts";
import { checkJsonGetTargets, checkPropertyFileOutputs } from "./property-file-checks.ts";
import { checkProblems } from "./reference-checks.ts";
import { checkClassShape, checkUndeclaredOutputs } from "./class-checks.ts";

/** Every check, in the order their findings are listed. */
export const CHECKS: readonly Check[] = [
  checkCycles, checkDuplicateStepNames, checkBranchMembership, checkUsesOfBranchSteps, checkNonStepReferences,
  checkClassShape, checkProblems, checkJsonGetTargets, checkPropertyFileOutputs, checkUndeclaredOutputs,
  checkPipelineName, checkStepNames, checkParameterNames,
  checkProcessingInputCount, checkJobArgumentLength,
  checkIsolatedSteps, checkUnusedParameters,
];

/** Runs every check on one pipeline. */
export function checkPipeline(pipeline: PipelineFact): Diagnostic[] {
  const graph = buildStaticGraph(pipeline);
  return CHECKS.flatMap((check) => check({ pipeline, graph }));
}
