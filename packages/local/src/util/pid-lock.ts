import { readFileSync, unlinkSync } from "node:fs";
import { open, readFile, rm } from "node:fs/promises";

/** Who holds a lock: the process, and the run it is doing. */
export interface LockHolder {
  readonly pid: number;
  readonly runId: string;
}

/** A lock this process holds; `release` removes its file (once). */
export interface HeldLock {
  readonly path: string;
  release(): Promise<void>;
}

/** Refusal: another live process holds the lock. */
export class LockedError extends Error {
  readonly exitCode = 1;
  constructor(readonly path: string, readonly holder: LockHolder, message: string) {
    super(message);
    this.name = "LockedError";
  }
}

/** Whether a process with this pid is alive on this machine (EPERM: alive, someone else's). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The live holder of the lock file at `path`, or undefined when there is none or its process died. */
export async function liveHolder(path: string): Promise<LockHolder | undefined> {
  const holder = await readHolder(path);
  return holder && processAlive(holder.pid) ? holder : undefined;
}

async function readHolder(path: string): Promise<LockHolder | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    return { pid: Number(parsed.pid), runId: String(parsed.runId ?? "") };
  } catch {
    // A lock file cut short (its writer died between create and write) holds no live pid.
    return { pid: 0, runId: "" };
  }
}

/**
 * Takes the lock file at `path` for `holder`: created with O_EXCL, so of two processes only one
 * gets it. A lock left by a process that died (kill -9, power loss) is stale and taken over.
 * `refuse` words the error when a live process holds it. The file is removed by `release`, on
 * exit, and on SIGINT/SIGTERM (then the signal is raised again, so the process ends as it would).
 */
export async function acquireLock(path: string, holder: LockHolder, refuse: (other: LockHolder) => string): Promise<HeldLock> {
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(path, "wx");
      try {
        await handle.writeFile(JSON.stringify(holder) + "\n");
      } finally {
        await handle.close();
      }
      return hold(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const other = await readHolder(path);
    // Our own pid: held when this process took it (another run in this process), else a dead process's reused pid.
    const live = other && (other.pid === process.pid ? held.has(path) : processAlive(other.pid));
    if (other && live) throw new LockedError(path, other, refuse(other));
    if (attempt >= 3) throw new LockedError(path, other ?? { pid: 0, runId: "" }, refuse(other ?? { pid: 0, runId: "" }));
    // Stale: its process is gone. Remove it only if it is still the same stale file, then retry.
    if (JSON.stringify(await readHolder(path)) === JSON.stringify(other)) await rm(path, { force: true });
  }
}

const held = new Set<string>();

/**
 * The same lock after its folder was renamed (the file, with this process's pid, moved along):
 * held at `to` from now on, with no moment where another process could take it.
 */
export function moveHeldLock(lock: HeldLock, to: string): HeldLock {
  const moved = hold(to); // before the old path leaves the set, so the signal handlers stay as they are
  held.delete(lock.path);
  return moved;
}

function removeAllSync(): void {
  for (const path of held) {
    try {
      if (ownedByMe(path)) unlinkSync(path);
    } catch {
      // already gone
    }
  }
  held.clear();
}

function ownedByMe(path: string): boolean {
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as LockHolder).pid === process.pid;
  } catch {
    return false;
  }
}

function onSignal(signal: NodeJS.Signals): void {
  removeAllSync();
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  process.kill(process.pid, signal);
}

function hold(path: string): HeldLock {
  if (held.size === 0) {
    process.on("exit", removeAllSync);
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  held.add(path);
  let released = false;
  return {
    path,
    async release() {
      if (released) return;
      released = true;
      if (ownedByMe(path)) await rm(path, { force: true });
      held.delete(path);
      if (held.size === 0) {
        process.off("exit", removeAllSync);
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
    },
  };
}
