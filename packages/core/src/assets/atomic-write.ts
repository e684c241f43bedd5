// The one atomic file writer of the build side: a temp file beside the target, then a rename,
// so a reader sees the old file or the new one, never half of one. Builds, the facts and code
// caches and files generated at build time all write through it.
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname } from "node:path";

let counter = 0;

/** `<path>.tmp-<pid>-<n>`: beside the target (same file system, so the rename is atomic), unique to this process and call. */
export function tempPathBeside(path: string): string {
  return `${path}.tmp-${process.pid}-${++counter}`;
}

const TEMP_NAME = /\.tmp-(\d+)(?:-\d+)?$/;

/** The pid that wrote a temp file of this writer (by its name), or undefined when the name is not one. */
export function tempFileOwner(path: string): number | undefined {
  const m = TEMP_NAME.exec(basename(path));
  return m ? Number(m[1]) : undefined;
}

/** Writes `content` to a temp file beside `path`, creating folders; `path` is untouched until `commitFile`. */
export function stageFile(path: string, content: string | Uint8Array): string {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathBeside(path);
  try {
    writeFileSync(temp, content);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  return temp;
}

/** Copies the file `from` to a temp file beside `path`, creating folders; `path` is untouched until `commitFile`. */
export function stageCopy(from: string, path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathBeside(path);
  try {
    copyFileSync(from, temp);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  return temp;
}

/** Puts a staged file in place (one rename). */
export function commitFile(temp: string, path: string): void {
  renameSync(temp, path);
}

/** Writes `path` atomically; on failure nothing at `path` changed and no temp file is left. */
export function writeFileAtomically(path: string, content: string | Uint8Array): void {
  const temp = stageFile(path, content);
  try {
    commitFile(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** What the file system errors a user can fix mean, by code (space, permissions, the path). */
const PROBLEMS: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "a folder is in the way of a file",
};

/** For a write error a user can fix: the path it concerns and what it means; else undefined. */
export function writeProblem(e: unknown): { readonly code: string; readonly path: string | undefined; readonly what: string } | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (!(e instanceof Error) || typeof code !== "string" || !(code in PROBLEMS)) return undefined;
  const path = (e as { dest?: string }).dest ?? (e as NodeJS.ErrnoException).path;
  return { code, path, what: PROBLEMS[code]! };
}
