// A throw-away folder for tests: files written from an object literal, resolvable imports of
// the workspace packages (node_modules links to the repository's), cleaned up by `remove()`.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
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
 * A real node_modules folder whose entries link to the repository's packages: imports resolve
 * as in the repository, while tools that write under node_modules (the facts cache in
 * node_modules/.cache) write into the temp project, not the repository.
 */
function linkPackages(dir: string): void {
  mkdirSync(dir);
  for (const name of readdirSync(join(REPO, "node_modules"))) {
    if (!name.startsWith(".")) symlinkSync(join(REPO, "node_modules", name), join(dir, name), "dir");
  }
}

/**
 * Makes a temp project: `package.json` with `"type": "module"` (so tsx loads files as ESM)
 * and `node_modules` linking to the repository's packages, so `@sagepipe/core` resolves.
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
  linkPackages(path("node_modules"));
  write(files);
  return { dir, path, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
