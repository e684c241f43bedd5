import { ListPipelineExecutionsCommand, type PipelineExecutionSummary } from "@aws-sdk/client-sagemaker";
import type { AwsClients } from "./clients.ts";
import { callAws } from "./describe-aws-error.ts";

/** One run of a pipeline, as ListPipelineExecutions reports it. */
export interface RunSummary {
  readonly executionArn: string;
  readonly status: string;
  readonly startTime: Date | undefined;
  readonly displayName: string | undefined;
  readonly failureReason: string | undefined;
}

function summary(e: PipelineExecutionSummary): RunSummary {
  const reason = e.PipelineExecutionFailureReason;
  return {
    executionArn: e.PipelineExecutionArn ?? "",
    status: e.PipelineExecutionStatus ?? "Unknown",
    startTime: e.StartTime,
    displayName: e.PipelineExecutionDisplayName || undefined,
    failureReason: reason && reason !== "None" ? reason : undefined,
  };
}

/** The most recent runs of a pipeline, newest first. */
export async function listRuns(pipelineName: string, options: { readonly clients: AwsClients; readonly limit?: number }): Promise<RunSummary[]> {
  const limit = options.limit ?? 20;
  const runs: RunSummary[] = [];
  let token: string | undefined;
  do {
    const page = await callAws(
      { operation: "ListPipelineExecutions", subject: `pipeline '${pipelineName}'`, notFoundHint: "Deploy it first with `sagepipe deploy`, or check the name and the region (--region)." },
      () => options.clients.sagemaker.send(new ListPipelineExecutionsCommand({
        PipelineName: pipelineName, SortBy: "CreationTime", SortOrder: "Descending",
        MaxResults: Math.min(100, limit - runs.length), ...(token ? { NextToken: token } : {}),
      })),
    );
    runs.push(...(page?.PipelineExecutionSummaries ?? []).map(summary));
    token = page?.NextToken;
  } while (token && runs.length < limit);
  // Servers that ignore SortOrder still get newest-first output.
  return runs.sort((a, b) => (b.startTime?.getTime() ?? 0) - (a.startTime?.getTime() ?? 0)).slice(0, limit);
}

/** Table lines for `sagepipe runs`: start time (UTC), status, ARN, display name, failure reason. */
export function formatRuns(pipelineName: string, runs: readonly RunSummary[]): string[] {
  if (!runs.length) return [`${pipelineName}: no runs yet. Start one with \`sagepipe start ${pipelineName}\`.`];
  const statusWidth = Math.max(6, ...runs.map((r) => r.status.length));
  return [
    `${"STARTED (UTC)".padEnd(20)} ${"STATUS".padEnd(statusWidth)} EXECUTION ARN`,
    ...runs.map((r) => {
      const when = r.startTime ? r.startTime.toISOString().slice(0, 19).replace("T", " ") : "-";
      const extra = [r.displayName, r.failureReason ? `failed: ${r.failureReason.replace(/\s+/g, " ")}` : undefined].filter(Boolean).join("; ");
      return `${when.padEnd(20)} ${r.status.padEnd(statusWidth)} ${r.executionArn}${extra ? `  ${extra}` : ""}`;
    }),
  ];
}
