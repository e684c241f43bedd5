import { arnProblem } from "@sagepipe/validate";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { PipelineFact } from "../extract/facts.ts";

/** The options of `@Pipeline` that CreatePipeline takes beside the definition. */
export interface PipelineOptionValues {
  readonly roleArn?: unknown;
  readonly maxParallelExecutionSteps?: unknown;
}

/**
 * The `@Pipeline` options that are not in the definition, as evaluated: `roleArn` (SP941, the
 * rule `sagepipe validate` applies to roles in steps) and `maxParallelExecutionSteps` (SP604:
 * CreatePipeline's ParallelismConfiguration takes an integer of at least 1).
 */
export function checkPipelineOptions(p: PipelineFact, options: PipelineOptionValues): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (typeof options.roleArn === "string") {
    const problem = arnProblem("RoleArn", options.roleArn);
    if (problem) out.push(diagnostic(problem.code, "error", p.span, `@Pipeline roleArn: ${problem.message}`, problem.fix));
  }
  const m = options.maxParallelExecutionSteps;
  if (m !== undefined && !(typeof m === "number" && Number.isInteger(m) && m >= 1)) {
    out.push(diagnostic("SP604", "error", p.span, `@Pipeline maxParallelExecutionSteps must be an integer of at least 1; found ${JSON.stringify(m)} (ParallelismConfiguration, https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ParallelismConfiguration.html).`, "Give the number of steps that may run at once (at least 1), or leave the option out for no limit."));
  }
  return out;
}
