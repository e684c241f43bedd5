import { watch, type FSWatcher } from "node:fs";
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { basename, dirname, join, relative } from "node:path";
import type { CommandIO } from "./command.ts";
import { collectYoungGeneration } from "./idle-gc.ts";

/** What one run of a watched command reports: its exit code and the files it read. */
export interface WatchedRun {
  /** 0 ok, 1 errors in the pipeline (anything else is shown as failed too). */
  readonly code: number;
  /** Every file the run read (TypeScript files, tsconfig, package.json, code assets). */
  readonly inputs: readonly string[];
}

export interface RebuildOptions {
  /** "built", "checked": the word of the status line. */
  readonly verb: string;
  /** How long to wait for more changes after the first one (editors write a file in several steps). */
  readonly settleMs?: number;
  /** Stops the watch (the command resolves to 0); by default SIGINT and SIGTERM do. */
  readonly signal?: AbortSignal;
}

const hashOf = async (path: string): Promise<string | undefined> => {
  try {
    return createHash("sha256").update(await readFile(path)).digest("hex");
  } catch {
    return undefined; // gone: a change like any other
  }
};

const clock = (d: Date) => d.toTimeString().slice(0, 8);

/**
 * Runs `once`, then again whenever a file it read changes (by content: an editor saving the
 * same text, or touching a file, runs nothing), until Ctrl-C (exit 0). Each rerun ends with one
 * line: the time, what changed, and how long the run took. A failing run (user errors, or an
 * internal error, which is printed) never ends the watch.
 *
 * Watches the folders of the inputs, not the files: an editor that saves by writing a new
 * file and renaming it over the old one replaces the file a file watch was attached to.
 */
export async function rebuildOnChange(once: () => Promise<WatchedRun>, io: CommandIO, options: RebuildOptions): Promise<number> {
  const settleMs = options.settleMs ?? 30;
  const hashes = new Map<string, string | undefined>();
  const watchers = new Map<string, FSWatcher>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;
  let finish!: () => void;
  const done = new Promise<void>((r) => (finish = r));

  const show = (p: string) => relative(io.cwd, p) || basename(p);

  const runOnce = async (): Promise<{ code: number; inputs: readonly string[] }> => {
    try {
      return await once();
    } catch (e) {
      io.err(`internal error: ${e instanceof Error ? e.message : String(e)}`);
      return { code: 2, inputs: [] };
    }
  };

  const watchInputs = async (inputs: readonly string[]) => {
    const files = new Set(inputs);
    for (const f of [...hashes.keys()]) if (!files.has(f)) hashes.delete(f);
    // Files already known keep the hash they had before the run: a change made while it ran is
    // then seen as a change. New inputs are hashed now.
    for (const f of files) if (!hashes.has(f)) hashes.set(f, await hashOf(f));
    // Ctrl-C while this run hashed: stop() closed the watchers, and a new one would keep the
    // process alive after the watch ended.
    if (stopped) return;
    const dirs = new Set([...files].map((f) => dirname(f)));
    for (const [dir, w] of watchers) {
      if (!dirs.has(dir)) {
        w.close();
        watchers.delete(dir);
      }
    }
    for (const dir of dirs) {
      if (watchers.has(dir)) continue;
      try {
        const w = watch(dir, { persistent: true }, (_event, name) => {
          if (name === null) return;
          const path = join(dir, name.toString());
          if (!hashes.has(path)) return;
          pending.add(path);
          schedule();
        });
        w.on("error", () => {
          w.close();
          watchers.delete(dir);
        });
        watchers.set(dir, w);
      } catch {
        // a folder that is gone: nothing in it can change until it comes back with the next run's inputs
      }
    }
  };

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void rerun(), settleMs);
  };

  const rerun = async () => {
    if (running || stopped) return; // the running one reschedules when it ends
    running = (async () => {
      const candidates = [...pending];
      pending.clear();
      const changed: string[] = [];
      for (const p of candidates) {
        const h = await hashOf(p);
        if (h !== hashes.get(p)) changed.push(p);
        hashes.set(p, h);
      }
      if (!changed.length) return;
      const started = performance.now();
      const r = await runOnce();
      const ms = Math.round(performance.now() - started);
      const what = changed.length > 3 ? `${changed.slice(0, 3).map(show).join(", ")} and ${changed.length - 3} more` : changed.map(show).join(", ");
      const outcome = r.code === 0 ? options.verb : "failed";
      io.err(`[${clock(new Date())}] ${what} changed: ${outcome} in ${ms} ms; watching for changes (Ctrl-C to stop)`);
      if (r.inputs.length) await watchInputs(r.inputs);
    })();
    await running;
    running = undefined;
    if (pending.size) schedule();
    else setImmediate(collectWhileIdle);
  };

  /** Between runs, with no change pending: the next rebuild starts with an empty young generation. */
  const collectWhileIdle = () => {
    if (!running && !stopped && !pending.size) collectYoungGeneration();
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    for (const w of watchers.values()) w.close();
    watchers.clear();
    void (running ?? Promise.resolve()).then(finish);
  };

  const first = await runOnce();
  await watchInputs(first.inputs.length ? first.inputs : []);
  io.err(`[${clock(new Date())}] watching ${hashes.size} file${hashes.size === 1 ? "" : "s"} for changes (Ctrl-C to stop)`);
  setImmediate(collectWhileIdle);
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];
  if (options.signal) {
    if (options.signal.aborted) stop();
    options.signal.addEventListener("abort", stop, { once: true });
  } else {
    for (const s of signals) process.on(s, stop);
  }
  await done;
  if (!options.signal) for (const s of signals) process.off(s, stop);
  return 0;
}
