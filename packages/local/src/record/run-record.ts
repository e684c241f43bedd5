import type { Json, JsonObject } from "../definition/definition-types.ts";

/** Where a step stands. `NotRun`: an upstream step failed; `Skipped`: its branch was not taken. */
export type StepStatus = "Pending" | "Executing" | "Succeeded" | "Failed" | "Skipped" | "NotRun";

/** Where a step's result came from when the cache supplied it. */
export interface CacheHit {
  readonly runId: string;
  readonly stepName: string;
  readonly createdAt: string;
}

/** One step of a run, as `run.json` records it. */
export interface StepRecord {
  readonly name: string;
  readonly type: string;
  status: StepStatus;
  /** How many times this step has been started in this run (resumes add one). */
  attempt: number;
  startedAt?: string;
  endedAt?: string;
  /** Wall time of the whole step. */
  durationMs?: number;
  /** Wall time of the job's own process, when there is one. */
  jobMs?: number;
  /** `durationMs - jobMs`: what the runner added (staging, sandbox, upload). */
  overheadMs?: number;
  /** The step's properties, which `Get: Steps.<name>...` reads. */
  properties?: JsonObject;
  /** Objects the step wrote to the store. */
  outputs?: string[];
  /** The job's log, relative to the run folder. */
  log?: string;
  logTail?: string;
  /** For a failed step: what went wrong and what to do. */
  error?: string;
  /** For a skipped or not-run step: why. */
  reason?: string;
  /** For a Condition step: the outcome and why. */
  condition?: { readonly outcome: boolean; readonly reasons: readonly string[] };
  /** Set when the result was reused from an earlier run. */
  cache?: CacheHit;
}

/** A local run, as `.sagepipe/runs/<id>/run.json` records it. */
export interface RunRecord {
  readonly runId: string;
  readonly pipelineName: string;
  /** `Interrupted`: its process died while it was `Executing` (set when run.json is next read). */
  status: "Executing" | "Succeeded" | "Failed" | "Interrupted";
  failureReason?: string;
  startedAt: string;
  endedAt?: string;
  durationMs?: number;
  /** Parameter values the run used, after defaults and local-file imports. */
  readonly parameters: Readonly<Record<string, Json>>;
  /** Local files given for parameters, and where they were put in the store. */
  readonly imports: Readonly<Record<string, string>>;
  python?: string;
  readonly storeRoot: string;
  /** Times the run has been started: 1, plus one per resume. */
  attempt: number;
  /** Every step in definition order, nested ones included. */
  readonly steps: StepRecord[];
}

const recordIndexes = new WeakMap<readonly StepRecord[], ReadonlyMap<string, StepRecord>>();

/** The record of the step of this name (an index built once per record's step list, which never changes length). */
export function findStepRecord(record: RunRecord, name: string): StepRecord | undefined {
  let index = recordIndexes.get(record.steps);
  if (!index) recordIndexes.set(record.steps, (index = new Map(record.steps.map((s) => [s.name, s]))));
  return index.get(name);
}
