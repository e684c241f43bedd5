import { join } from "node:path";
import { acquireLock, liveHolder, type HeldLock } from "../util/pid-lock.ts";
import { writeRunRecord } from "./run-folder.ts";
import type { RunRecord } from "./run-record.ts";

/** The lock file of a run: held by the process doing the run, with its pid. */
export function runLockPath(runDir: string): string {
  return join(runDir, "lock");
}

/** The lock file of a local store: one run writes to a store at a time. Not an S3 bucket name (they cannot start with "."). */
export function storeLockPath(storeRoot: string): string {
  return join(storeRoot, ".sagepipe-run.lock");
}

/** Takes the run's lock; refuses, naming the pid, when the run is going in another process. */
export function lockRun(runDir: string, runId: string): Promise<HeldLock> {
  return acquireLock(runLockPath(runDir), { pid: process.pid, runId }, (other) =>
    `run ${runId} is still going in process ${other.pid}; wait for it to end, or stop it (kill ${other.pid}) and then resume it`);
}

/** Takes the store's lock; refuses, naming the other run and its pid, when a run is using the store. */
export function lockStore(storeRoot: string, runId: string): Promise<HeldLock> {
  return acquireLock(storeLockPath(storeRoot), { pid: process.pid, runId }, (other) =>
    `the local store ${storeRoot} is in use by run ${other.runId || "(unknown)"} in process ${other.pid}; wait for it to end, or give this run another store with --store <dir>`);
}

/**
 * A record read from `run.json` that says `Executing` while no live process holds the run's lock
 * is a run whose process died: it becomes `Interrupted`, and run.json is rewritten to say so.
 */
export async function settleInterrupted(runDir: string, record: RunRecord): Promise<RunRecord> {
  if (record.status !== "Executing" || (await liveHolder(runLockPath(runDir)))) return record;
  record.status = "Interrupted";
  record.failureReason = `the process doing the run ended before it finished; resume it with: sagepipe run --local --resume ${record.runId}`;
  for (const step of record.steps) {
    if (step.status === "Executing") {
      step.status = "Failed";
      step.error = "interrupted: the run's process ended while this step was running";
    }
  }
  await writeRunRecord(runDir, record);
  return record;
}
