import { createHash } from "node:crypto";
import { lstatSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { CheckerTypescript } from "../typecheck/checker-typescript.ts";
import { findTsconfig } from "../typecheck/project-config.ts";

/**
 * The folder of this user's type-check server sockets: `<tmpdir>/sagepipe-<uid>`, mode 0700,
 * or undefined where it cannot be trusted (another user's, a link, open to others) or made,
 * and on systems without user ids (Windows: no server there).
 */
export function serverFolder(): string | undefined {
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  const dir = join(tmpdir(), `sagepipe-${uid}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") return undefined;
  }
  try {
    const s = lstatSync(dir);
    if (!s.isDirectory() || s.uid !== uid || (s.mode & 0o077) !== 0) return undefined;
  } catch {
    return undefined;
  }
  return dir;
}

/** The project a server serves: the folder of the tsconfig.json the type check uses, else the entry's folder. */
export function projectRootOf(entry: string): string {
  const entryDir = dirname(entry);
  const { file } = findTsconfig(entryDir);
  return file ? dirname(file) : entryDir;
}

/**
 * The socket of the server for a project and a TypeScript: a short name (the 108-byte limit of
 * a Unix socket's path) from a hash of the user, the project's folder and the compiler's file.
 * sagepipe's version is not in the name: a build of another version asks the same server,
 * which then exits (a server of an old version is not left idle beside the new one).
 */
export function serverSocket(folder: string, projectRoot: string, checker: CheckerTypescript): string {
  const key = createHash("sha256").update([process.getuid?.() ?? "", projectRoot, checker.file].join("\0")).digest("hex").slice(0, 16);
  return join(folder, `tc-${key}.sock`);
}

/** Whether `path` is a socket owned by this user (a socket of another user is never talked to). */
export function ownSocket(path: string): boolean {
  try {
    const s = lstatSync(path);
    return s.isSocket() && s.uid === process.getuid?.();
  } catch {
    return false;
  }
}
