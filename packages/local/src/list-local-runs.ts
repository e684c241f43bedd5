import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { RunRecord } from "./record/run-record.ts";
import { removeDeadStaging } from "./record/new-run-folder.ts";
import { isRunId } from "./record/run-folder.ts";
import { settleInterrupted } from "./record/run-lock.ts";

/** One local run as `sagepipe runs --local` lists it. */
export interface LocalRunSummary {
  readonly runId: string;
  readonly pipelineName: string;
  readonly status: RunRecord["status"];
  readonly startedAt: string;
  readonly attempt: number;
  readonly failureReason?: string;
}

/**
 * The runs under `<workspace>/runs`, newest first. A run left `Executing` by a process that died
 * is reported, and recorded in its run.json, as `Interrupted`. What a run killed while its folder
 * was being made left (a staging folder whose process died) is removed; folders without a
 * readable run.json are left out.
 */
export async function listLocalRuns(workspace: string): Promise<LocalRunSummary[]> {
  const runsRoot = join(resolve(workspace), "runs");
  let names: string[];
  try {
    names = await readdir(runsRoot);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
  await removeDeadStaging(runsRoot);
  const out: LocalRunSummary[] = [];
  for (const name of names.filter(isRunId).sort()) {
    const dir = join(runsRoot, name);
    let record: RunRecord;
    try {
      record = JSON.parse(await readFile(join(dir, "run.json"), "utf8")) as RunRecord;
    } catch {
      continue;
    }
    record = await settleInterrupted(dir, record);
    const { runId, pipelineName, status, startedAt, attempt, failureReason } = record;
    out.push({ runId, pipelineName, status, startedAt, attempt, ...(failureReason ? { failureReason } : {}) });
  }
  return out.sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
}
