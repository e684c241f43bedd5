import type { LocalRunSummary } from "../list-local-runs.ts";

/** The runs as text lines: start time, status, run id, pipeline, attempt, why it failed. */
export function formatLocalRuns(runs: readonly LocalRunSummary[], runsShown: string): string {
  if (!runs.length) return `No local runs under ${runsShown}.`;
  const lines = runs.map((r) => {
    const why = r.failureReason ? `  ${r.failureReason}` : "";
    return `${r.startedAt}  ${r.status.padEnd(11)}  ${r.runId}  ${r.pipelineName}  attempt ${r.attempt}${why}`;
  });
  return [`Local runs under ${runsShown}, newest first:`, ...lines].join("\n");
}
