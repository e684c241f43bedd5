import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** The lock file a build holds in its output folder while it writes there. */
export const LOCK_FILE = ".sagepipe-build.lock";

/** True while a process with this pid exists. */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holderOf(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes `<outDir>/.sagepipe-build.lock` (created with O_EXCL, holding our pid), waiting while
 * another live build holds it: builds into one folder evaluate at the same time and write one
 * after the other. A lock whose process is gone (a killed build) is taken over. Returns the
 * function that releases it.
 */
export async function lockOutDir(outDir: string, options: { readonly timeoutMs?: number } = {}): Promise<() => void> {
  mkdirSync(outDir, { recursive: true });
  const lock = join(outDir, LOCK_FILE);
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  let unknownSince: number | undefined;
  for (;;) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: "wx" });
      return () => {
        if (holderOf(lock) === process.pid) rmSync(lock, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const holder = holderOf(lock);
    // No pid yet: the holder is between creating the file and writing it; give it a moment.
    if (holder === undefined) unknownSince ??= Date.now();
    const stale = holder !== undefined ? !processAlive(holder) : Date.now() - (unknownSince ?? 0) > 2000;
    if (stale) {
      // Move the dead build's lock aside (one rename: of two builds taking it over, one wins).
      const aside = `${lock}.stale-${process.pid}`;
      try {
        renameSync(lock, aside);
        rmSync(aside, { force: true });
      } catch {
        // another build took it over first
      }
      unknownSince = undefined;
      continue;
    }
    if (Date.now() > deadline) {
      throw Object.assign(new Error(`sagepipe build: another build (pid ${holder}) has been writing into ${outDir} for too long. Wait for it to finish, or stop it; if no build is running, delete ${lock}.`), { exitCode: 1 });
    }
    await sleep(50);
  }
}
