import { elapsed, formatDuration } from "./durations.ts";
import type { ExecutionProgress, StepProgress } from "./execution-progress.ts";

function stepSummary(step: StepProgress, now: Date): string {
  const ms = elapsed(step.startTime, step.endTime, now);
  const extras = [ms !== undefined ? formatDuration(ms) : undefined, step.cached ? "cached" : undefined, (step.attempts ?? 1) > 1 ? `attempt ${step.attempts}` : undefined]
    .filter(Boolean);
  return `${step.status}${extras.length ? ` (${extras.join(", ")})` : ""}${step.failureReason ? `: ${oneLine(step.failureReason)}` : ""}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function runSummary(p: ExecutionProgress, now: Date): string {
  const ms = elapsed(p.startTime, p.status === "Executing" || p.status === "Stopping" ? undefined : p.lastModifiedTime, now);
  return `${p.status}${ms !== undefined ? ` (${formatDuration(ms)})` : ""}${p.failureReason ? `: ${oneLine(p.failureReason)}` : ""}`;
}

/**
 * Plain lines for what changed since the previous poll (a log for pipes and CI): one line per
 * step whose status changed, then one for the run when its status changed.
 */
export function progressLines(previous: ExecutionProgress | undefined, next: ExecutionProgress, now: Date): string[] {
  const before = new Map((previous?.steps ?? []).map((s) => [s.name, s]));
  const lines: string[] = [];
  for (const step of next.steps) {
    const old = before.get(step.name);
    if (!old || old.status !== step.status || old.attempts !== step.attempts) lines.push(`${step.name}: ${stepSummary(step, now)}`);
  }
  if (!previous || previous.status !== next.status) lines.push(`pipeline: ${runSummary(next, now)}`);
  return lines;
}

const MARKS: Record<string, string> = {
  Succeeded: "✔", Failed: "✖", Stopped: "■", Stopping: "…", Executing: "▶", Starting: "…",
};

/**
 * A full table of the run (the live display on a terminal): one row per step, then the run.
 * With `columns` (the terminal's width), each row is cut to fit on one line, ending in `…`: a
 * row that wrapped would take two lines, and the redraw, which moves up one line per row,
 * would leave the old frame's lines on the screen.
 */
export function progressTable(p: ExecutionProgress, now: Date, columns?: number): string[] {
  const width = Math.max("pipeline".length, ...p.steps.map((s) => s.name.length));
  const rows = p.steps.map((s) => `${MARKS[s.status] ?? "·"} ${s.name.padEnd(width)}  ${stepSummary(s, now)}`);
  const lines = [`${p.executionArn}`, ...rows, `${MARKS[p.status] ?? "·"} ${"pipeline".padEnd(width)}  ${runSummary(p, now)}`];
  return columns === undefined ? lines : lines.map((line) => fitToWidth(line, columns));
}

/** `line` cut to `columns - 1` characters (the last column left empty: some terminals wrap on it), ending in `…`. */
function fitToWidth(line: string, columns: number): string {
  const room = Math.max(columns - 1, 2);
  const chars = [...line]; // code points: an emoji in a failure reason is not cut in half
  return chars.length <= room ? line : chars.slice(0, room - 1).join("") + "…";
}

/** Text that replaces the previous frame on a terminal (cursor up, clear below) with new lines. */
export function redrawFrame(previousLineCount: number, lines: readonly string[]): string {
  const up = previousLineCount > 0 ? `\u001b[${previousLineCount}A\r\u001b[J` : "";
  return up + lines.join("\n");
}
