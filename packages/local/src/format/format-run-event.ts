import { relative } from "node:path";
import type { RunRecord, StepRecord } from "../record/run-record.ts";
import type { RunEvent } from "../run/run-events.ts";
import { JOB_STEP_TYPES } from "../steps/step-handlers.ts";

/** How to show paths in messages. */
export interface FormatOptions {
  /** Paths are shown relative to this folder. */
  readonly cwd: string;
}

/** Steps whose start is worth a line (the others finish at once): the job steps. */
const JOB_TYPES = JOB_STEP_TYPES;

function seconds(ms: number | undefined): string {
  return ms === undefined ? "" : `${(ms / 1000).toFixed(2)} s`;
}

function indent(text: string, prefix: string): string {
  return text.split("\n").map((l) => prefix + l).join("\n");
}

function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") ? rel : path;
}

/** One line (or a few) for a finished step. */
export function formatStepResult(step: StepRecord): string {
  const name = step.name.padEnd(34);
  switch (step.status) {
    case "Succeeded": {
      if (step.cache) return `  cached  ${name} reused from run ${step.cache.runId} (${step.cache.createdAt})`;
      if (step.condition) return `  ok      ${name} ${step.condition.outcome} (${step.condition.reasons.join("; ")})`;
      const job = step.jobMs !== undefined ? ` (job ${seconds(step.jobMs)}, sagepipe ${step.overheadMs} ms)` : "";
      return `  ok      ${name} ${seconds(step.durationMs)}${job}`;
    }
    case "Failed": {
      const lines = [`  FAILED  ${name} ${indent(step.error ?? "", "          ").trimStart()}`];
      if (step.logTail) lines.push(`          last lines of ${step.log}:`, indent(step.logTail, "          | "));
      return lines.join("\n");
    }
    case "Skipped":
      return `  skipped ${name} ${step.reason ?? ""}`;
    case "NotRun":
      return `  not run ${name} ${step.reason ?? ""}`;
    default:
      return `  ${step.status.toLowerCase().padEnd(7)} ${name}`;
  }
}

/** The closing lines of a run: outcome, where things are, how to resume. */
export function formatRunResult(record: RunRecord, runDir: string, options: FormatOptions): string {
  const where = `record: ${shown(`${runDir}/run.json`, options.cwd)}; objects: ${shown(record.storeRoot, options.cwd)}`;
  if (record.status === "Succeeded") return `Run ${record.runId} succeeded in ${seconds(record.durationMs)} (${where}).`;
  return [
    `Run ${record.runId} failed: ${record.failureReason ?? "a step failed"}`,
    `(${where})`,
    `Rerun what failed or did not run with: sagepipe run --local --resume ${record.runId}`,
  ].join("\n");
}

/** Text for one progress event, or undefined for events shown elsewhere. */
export function formatRunEvent(event: RunEvent, options: FormatOptions): string | undefined {
  switch (event.kind) {
    case "run-started": {
      const { record } = event;
      const verb = event.resumed ? `Resuming run ${record.runId} (attempt ${record.attempt})` : `Running ${record.pipelineName} locally as run ${record.runId}`;
      return `${verb}; jobs use ${record.python ?? "Docker"}.`;
    }
    case "step-started":
      return JOB_TYPES.has(event.step.type) ? `  start   ${event.step.name} (${event.step.type})` : undefined;
    case "step-finished":
      return formatStepResult(event.step);
    case "run-finished":
      return formatRunResult(event.record, event.runDir, options);
  }
}
