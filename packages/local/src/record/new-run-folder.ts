import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { processAlive, liveHolder, moveHeldLock, type HeldLock } from "../util/pid-lock.ts";
import { pauseForTest } from "../util/test-pause.ts";
import { writeFileAtomic } from "../util/fs-helpers.ts";
import { isRunId, writeRunRecord } from "./run-folder.ts";
import { lockRun, runLockPath } from "./run-lock.ts";
import type { RunRecord } from "./run-record.ts";

/**
 * A run folder being made: `runs/.new-<run id>-<pid>`. Not a run id, so never listed or resumed;
 * its creator's pid is in its name from the instant `mkdir` makes it, so a cleaner can tell a
 * folder being made now (its creator alive) from one whose creator died, without any lock file.
 */
const STAGING = /^\.new-([a-z0-9]{12})-(\d+)$/;

/** What a new run folder holds before it becomes visible. */
export interface NewRunFolder {
  readonly record: RunRecord;
  /** The definition as the run stores it (`definition.json`). */
  readonly definition: string;
  /** Fills `bin/` (the interpreter links jobs run with). */
  makeBin(binDir: string): Promise<void>;
}

/**
 * Makes `runs/<id>/` as one set: the definition, bin/, the run's lock and its first run.json are
 * written in a staging folder, which is then renamed into place. A run killed before the rename
 * leaves only a staging folder that no command shows and the next run or listing removes
 * (`removeDeadStaging`); once the folder has its name it has a record, so it is listed (as
 * Interrupted when its process died) and can be resumed. Resolves to the run's lock, held at
 * `runs/<id>/lock`.
 */
export async function createRunFolder(runsRoot: string, folder: NewRunFolder): Promise<HeldLock> {
  const { record } = folder;
  await mkdir(runsRoot, { recursive: true });
  await removeDeadStaging(runsRoot);
  const staging = join(runsRoot, `.new-${record.runId}-${process.pid}`);
  await mkdir(staging);
  let lock: HeldLock | undefined;
  try {
    lock = await lockRun(staging, record.runId);
    await folder.makeBin(join(staging, "bin"));
    await writeFileAtomic(join(staging, "definition.json"), folder.definition);
    await writeRunRecord(staging, record);
    await pauseForTest("run-folder");
    const dir = join(runsRoot, record.runId);
    await rename(staging, dir);
    return moveHeldLock(lock, runLockPath(dir));
  } catch (e) {
    await lock?.release();
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * Removes what runs killed while their folder was being made left under `runsRoot`: staging
 * folders whose creator's process is gone, and (from sagepipe versions that made the folder in
 * place) run folders with no run.json whose lock names a dead process. A folder whose creator is
 * alive is left alone, so this never races a run being made at the same moment.
 */
export async function removeDeadStaging(runsRoot: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(runsRoot);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw e;
  }
  for (const name of names) {
    const dir = join(runsRoot, name);
    const staging = STAGING.exec(name);
    if (staging) {
      if (!processAlive(Number(staging[2]))) await rm(dir, { recursive: true, force: true });
    } else if (isRunId(name) && !(await exists(join(dir, "run.json"))) && (await exists(runLockPath(dir))) && !(await liveHolder(runLockPath(dir)))) {
      await rm(dir, { recursive: true, force: true });
    }
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (e: NodeJS.ErrnoException) => {
      if (e.code === "ENOENT") return false;
      throw e;
    },
  );
}
