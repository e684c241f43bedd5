import { mkdir, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import { cacheKey, checkExpireAfter } from "../cache/step-cache.ts";
import type { JsonObject } from "../definition/definition-types.ts";
import { plannedStep, type PlannedStep } from "../definition/read-definition.ts";
import { evaluate } from "../expressions/evaluate.ts";
import type { Settled } from "../graph/scheduler.ts";
import { readLogTail } from "../jobs/run-process.ts";
import type { StepRecord } from "../record/run-record.ts";
import type { StepOutcome } from "../steps/step-context.ts";
import { JOB_STEP_TYPES, RECORD_ONLY_STEP_TYPES, STEP_HANDLERS, unsupportedStepMessage } from "../steps/step-handlers.ts";
import { diskErrorMessage, jobRanOutOfSpace } from "../util/disk-errors.ts";
import { joinInside } from "../util/safe-paths.ts";
import type { ActiveRun } from "./active-run.ts";
import { cacheKeyScope, stepScope } from "./run-scope.ts";

/** The job name of a step: `pipelines-<run id>-<step>`, within SageMaker's 63 characters. */
export function jobNameOf(runId: string, stepName: string): string {
  return `pipelines-${runId}-${stepName.replace(/[^A-Za-z0-9-]/g, "-")}`.slice(0, 63).replace(/-+$/, "");
}

function argumentsToResolve(planned: PlannedStep): JsonObject {
  const { step } = planned;
  if (step.Type !== "Condition") return step.Arguments;
  const { IfSteps: _if, ElseSteps: _else, Conditions: _c, ...rest } = step.Arguments;
  return rest;
}

function finish(run: ActiveRun, rec: StepRecord, started: number, outcome: Partial<StepOutcome> & { status: StepRecord["status"] }): void {
  rec.status = outcome.status;
  rec.endedAt = run.now().toISOString();
  rec.durationMs = Math.round(performance.now() - started);
  if (outcome.jobMs !== undefined) {
    rec.jobMs = Math.round(outcome.jobMs);
    rec.overheadMs = Math.max(0, rec.durationMs - rec.jobMs);
  }
  if (outcome.properties) rec.properties = outcome.properties;
  if (outcome.outputs) rec.outputs = [...outcome.outputs];
  if (outcome.error !== undefined) rec.error = outcome.error;
  if (outcome.condition) rec.condition = outcome.condition;
}

async function tryCache(run: ActiveRun, planned: PlannedStep, rec: StepRecord, jobName: string): Promise<string | "miss" | { error: string }> {
  const { step } = planned;
  if (!step.CacheConfig?.Enabled || !JOB_STEP_TYPES.has(step.Type)) return "miss";
  const bad = checkExpireAfter(step.CacheConfig.ExpireAfter);
  if (bad) return { error: `${planned.pointer}/CacheConfig: ${bad}` };
  const scope = cacheKeyScope(run.scopeSources(), { type: step.Type, jobName });
  const key = cacheKey(run.record.pipelineName, step.Name, step.Type, evaluate(argumentsToResolve(planned), "", scope).value as JsonObject);
  const entry = await run.cache.lookup(key, step.CacheConfig.ExpireAfter, run.now());
  if (!entry) return key;
  for (const uri of entry.outputs) if (!(await run.env.store.exists(uri))) return key; // the reused outputs are gone
  rec.properties = entry.properties;
  rec.outputs = [...entry.outputs];
  rec.cache = { runId: entry.runId, stepName: entry.stepName, createdAt: entry.createdAt };
  return "hit";
}

async function runHandler(run: ActiveRun, planned: PlannedStep, rec: StepRecord, jobName: string, cacheKeyToSave: string | undefined): Promise<StepOutcome> {
  const { step } = planned;
  const handler = STEP_HANDLERS[step.Type];
  if (!handler) return { status: "Failed", properties: {}, error: unsupportedStepMessage(step.Type) };
  const scope = stepScope(run.scopeSources(), { type: step.Type, jobName });
  const resolved = evaluate(argumentsToResolve(planned), `${planned.pointer}/Arguments`, scope);
  if (resolved.problems.length) {
    const lines = resolved.problems.map((p) => `${p.pointer}: ${p.message}`);
    return { status: "Failed", properties: {}, error: `the step's arguments could not be resolved:\n  ${lines.join("\n  ")}` };
  }
  const stepDir = joinInside(join(run.env.runDir, "steps"), "step name", step.Name);
  const logPath = join(stepDir, "log.txt");
  if (JOB_STEP_TYPES.has(step.Type)) {
    // only jobs have a folder and a log (a run of 20,000 conditions makes no 20,000 folders)
    await rm(logPath, { force: true });
    await mkdir(stepDir, { recursive: true });
  }
  const outcome = await handler({ env: run.env, planned, args: resolved.value as JsonObject, scope, stepDir, logPath, jobName });
  if (JOB_STEP_TYPES.has(step.Type)) {
    rec.log = relative(run.env.runDir, logPath);
    if (outcome.status === "Failed") rec.logTail = await readLogTail(logPath, 30);
  }
  if (outcome.status === "Succeeded" && cacheKeyToSave) {
    await run.cache.save({
      key: cacheKeyToSave,
      pipelineName: run.record.pipelineName,
      stepName: step.Name,
      runId: run.record.runId,
      createdAt: run.now().toISOString(),
      properties: outcome.properties,
      outputs: outcome.outputs ?? [],
    });
  }
  return outcome;
}

/** What a step's record says about an error thrown while it ran: the message of a user-facing one, else the stack. */
function stepErrorMessage(e: unknown, runId: string): string {
  const disk = diskErrorMessage(e, runId);
  if (disk) return disk;
  if (e instanceof Error && typeof (e as { exitCode?: unknown }).exitCode === "number") return e.message;
  return `internal error while running the step: ${(e as Error).stack ?? String(e)}`;
}

/** Runs one step: resolves its arguments, reuses a cached result or runs its handler, records it. */
export async function executeStep(run: ActiveRun, name: string): Promise<Settled> {
  const planned = plannedStep(run.plan, name)!;
  const rec = run.stepRecord(name);
  for (const k of ["error", "reason", "logTail", "log", "cache", "properties", "outputs", "condition", "jobMs", "overheadMs"] as const) delete rec[k];
  rec.status = "Executing";
  rec.attempt += 1;
  rec.startedAt = run.now().toISOString();
  const started = performance.now();
  run.emit({ kind: "step-started", step: rec });
  // A job's start is on disk before it starts (a kill then shows it cut off); a record-only step's may wait.
  const recordOnly = RECORD_ONLY_STEP_TYPES.has(planned.step.Type);
  if (recordOnly) run.saveSoon();
  else await run.save();
  const jobName = jobNameOf(run.record.runId, name);
  let outcome: Partial<StepOutcome> & { status: StepRecord["status"] };
  let caught: unknown;
  try {
    const cached = await tryCache(run, planned, rec, jobName);
    if (cached === "hit") outcome = { status: "Succeeded" };
    else if (typeof cached === "object") outcome = { status: "Failed", error: cached.error };
    else outcome = await runHandler(run, planned, rec, jobName, cached === "miss" ? undefined : cached);
  } catch (e) {
    caught = e;
    outcome = { status: "Failed", error: stepErrorMessage(e, run.record.runId) };
  }
  if (outcome.status === "Failed" && (diskErrorMessage(caught, "") || jobRanOutOfSpace(outcome.error) || jobRanOutOfSpace(rec.logTail))) {
    // a full disk or a refused write: remove what the job left (its partial outputs) to give the space back
    await rm(joinInside(join(run.env.runDir, "steps"), "step name", name, "job"), { recursive: true, force: true }).catch(() => undefined);
    if (!diskErrorMessage(caught, "")) outcome = { ...outcome, error: `${outcome.error ?? "the job failed"}; the disk ran out of space: free space there, then finish the run with sagepipe run --local --resume ${run.record.runId}` };
  }
  finish(run, rec, started, outcome);
  if (recordOnly) run.saveSoon();
  else await run.save();
  run.emit({ kind: "step-finished", step: rec });
  return outcome.status === "Succeeded" ? "Succeeded" : "Failed";
}
