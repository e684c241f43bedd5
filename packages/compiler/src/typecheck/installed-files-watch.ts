import { existsSync, watch, type FSWatcher } from "node:fs";
import { dirname, join } from "node:path";
import type { ProgramInputs } from "./recording-host.ts";

/**
 * Watches the folders of what a type check read outside the user's files (installed packages'
 * files, package.json files, the folders of paths it found missing and of links it followed),
 * so that a process checking again and again (`build --watch`) can reuse the last program's
 * installed files without a stat of each (~280 for Abalone, ~8 ms of a ~100 ms rebuild), as
 * tsserver watches node_modules rather than stat it. A change in any watched folder, or a
 * watcher that fails, makes the next check verify every file as a check without this does.
 *
 * `trusted(inputs)` holds only for the program the folders were chosen for (the last `cover`),
 * when every folder was watched since before the last full verification and nothing changed
 * since: a folder first watched after its files were verified could have changed in between,
 * so the check after `cover` adds one verifies again.
 */
export class InstalledFilesWatch {
  readonly #watchers = new Map<string, FSWatcher>();
  #changed = true;
  /** The user's files: compared by content on every check, and edited all the time (their events are not changes here). */
  #isUserFile: (path: string) => boolean = () => false;
  /** Where each missing path would appear, kept while nothing changes (a new folder is a change in its parent). */
  readonly #nearest = new Map<string, string>();

  /** The inputs the watched folders were chosen for (the last `cover`). */
  #covered: ProgramInputs | undefined;

  /** Whether the files of the program that read `inputs` may be reused without a stat: its folders are the ones watched, and quiet. */
  trusted(inputs: ProgramInputs | undefined): boolean {
    return !this.#changed && inputs !== undefined && inputs === this.#covered;
  }

  /** Called just before a check verifies every file: changes from now on are seen. */
  verifying(): void {
    this.#changed = false;
    this.#nearest.clear();
  }

  /** Watches the folders of these inputs (and only those); a folder new to the watch makes the next check verify. */
  cover(inputs: ProgramInputs, isUserFile: (path: string) => boolean): void {
    this.#isUserFile = isUserFile;
    this.#covered = inputs;
    const dirs = new Set<string>();
    for (const p of inputs.read.keys()) if (!isUserFile(p)) dirs.add(dirname(p));
    for (const [p, real] of inputs.links) dirs.add(dirname(p)).add(dirname(real));
    for (const p of inputs.absent) {
      const dir = dirname(p);
      let at = this.#nearest.get(dir);
      if (at === undefined) this.#nearest.set(dir, (at = nearestExisting(dir)));
      dirs.add(at);
    }
    for (const [dir, w] of this.#watchers) {
      if (dirs.has(dir)) continue;
      w.close();
      this.#watchers.delete(dir);
    }
    for (const dir of dirs) {
      if (this.#watchers.has(dir)) continue;
      this.#changed = true;
      try {
        const w = watch(dir, { persistent: false }, (_event, name) => {
          if (name === null || !this.#isUserFile(join(dir, name.toString()))) this.#changed = true;
        });
        w.on("error", () => {
          this.#changed = true;
          w.close();
          this.#watchers.delete(dir);
        });
        this.#watchers.set(dir, w);
      } catch {
        // A folder that cannot be watched (gone, or no watches left): never trusted.
        this.#changed = true;
        return;
      }
    }
  }

  /** Stops watching. */
  close(): void {
    for (const w of this.#watchers.values()) w.close();
    this.#watchers.clear();
    this.#changed = true;
    this.#covered = undefined;
  }
}

/** The path itself if it exists, else its nearest existing parent folder (where it would appear). */
function nearestExisting(dir: string): string {
  let d = dir;
  while (!existsSync(d) && dirname(d) !== d) d = dirname(d);
  return d;
}
