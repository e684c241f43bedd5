// A throw-away folder for tests: files written from an object literal, resolvable imports of
// the workspace packages (node_modules links to the repository's), cleaned up by `remove()`.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** The repository's root folder. */
export const REPO = new URL("../../", import.meta.url).pathname;

/** A temp folder holding a small TypeScript project. */
export interface TempProject {
  readonly dir: string;
  /** The absolute path of a file in the project. */
  path(relative: string): string;
  /** Writes (or overwrites) files, creating folders. */
  write(files: Readonly<Record<string, string>>): void;
  /** Deletes the folder. */
  remove(): void;
}

/**
 * Makes a temp project: `package.json` with `"type": "module"` (so tsx loads files as ESM)
 * and `node_modules` linked to the repository's, so `@sagepipe/core` resolves.
 */
export function tempProject(prefix: string, files: Readonly<Record<string, string>> = {}): TempProject {
  const dir = mkdtempSync(join(tmpdir(), `sagepipe-${prefix}-`));
  const path = (relative: string) => join(dir, relative);
  const write = (more: Readonly<Record<string, string>>) => {
    for (const [name, text] of Object.entries(more)) {
      mkdirSync(dirname(path(name)), { recursive: true });
      writeFileSync(path(name), text);
    }
  };
  writeFileSync(path("package.json"), JSON.stringify({ name: `sagepipe-${prefix}`, private: true, type: "module" }) + "\n");
  symlinkSync(join(REPO, "node_modules"), path("node_modules"), "dir");
  write(files);
  return { dir, path, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
