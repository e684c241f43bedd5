import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../util/fs-helpers.ts";
import type { RunRecord } from "./run-record.ts";

/** What a run id looks like: 12 lowercase letters and digits. */
const RUN_ID = /^[a-z0-9]{12}$/;

/** Whether a name is a run id (other names under runs/ are not runs). */
export function isRunId(name: string): boolean {
  return RUN_ID.test(name);
}

/** The folder of one run below the runs root; throws for a text that is not a run id (it never names another folder). */
export function runDir(runsRoot: string, runId: string): string {
  if (!RUN_ID.test(runId)) {
    throw Object.assign(new Error(`--resume ${runId}: there is no such run (a run id is 12 lowercase letters and digits); list runs with: sagepipe runs --local`), { exitCode: 1 });
  }
  return join(runsRoot, runId);
}

/** The text of `run.json`. */
export function recordText(record: RunRecord): string {
  return JSON.stringify(record, null, 2) + "\n";
}

/** Writes `run.json` atomically. */
export function writeRunRecord(dir: string, record: RunRecord): Promise<void> {
  return writeRunRecordText(dir, recordText(record));
}

/** Writes `run.json`'s text (`recordText`, taken when the record was whole) atomically. */
export function writeRunRecordText(dir: string, text: string): Promise<void> {
  return writeFileAtomic(join(dir, "run.json"), text);
}

/** Reads a run's record and its definition; the error says which run and what to do. */
export async function readRunFolder(
  runsRoot: string,
  runId: string,
): Promise<{ readonly record: RunRecord; readonly definition: unknown }> {
  const dir = runDir(runsRoot, runId);
  try {
    const record = JSON.parse(await readFile(join(dir, "run.json"), "utf8")) as RunRecord;
    const definition = JSON.parse(await readFile(join(dir, "definition.json"), "utf8")) as unknown;
    return { record, definition };
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "there is no such run" : (e as Error).message;
    throw Object.assign(new Error(`--resume ${runId}: cannot read ${dir} (${why}); list runs with: ls ${runsRoot}`), { exitCode: 1 });
  }
}

/** A new run id: 12 lowercase letters and digits, like SageMaker's execution ids. */
export function newRunId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}
