import { realpath } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A folder an import must not contain: copying it into the store would copy the store (or the
 * runs that write into it) into itself.
 */
export interface GuardedFolder {
  readonly path: string;
  /** What it is, for messages: "the local store", "the sagepipe workspace". */
  readonly what: string;
}

/**
 * The local path a `file://` value names, or undefined when the value is not a `file://` URI.
 * `file:///abs/path` (and `file://localhost/abs/path`) is a file URI, percent-escapes decoded;
 * `file://<relative path>` (`file://./data.csv`, `file://data/`) is relative to `cwd`.
 */
export function fileUriPath(value: string, cwd: string): { path: string } | { error: string } | undefined {
  if (!value.startsWith("file://")) return undefined;
  const rest = value.slice("file://".length);
  if (rest === "") return { error: "names no path; write file://./data.csv or file:///abs/path/data.csv" };
  if (rest.startsWith("/") || rest.startsWith("localhost/")) {
    try {
      return { path: fileURLToPath(value) };
    } catch (e) {
      return { error: `is not a file URI (${(e as Error).message}); write file:///abs/path/data.csv` };
    }
  }
  return { path: resolve(cwd, rest) };
}

/** `realpath` of the longest existing part of `path`, with the rest appended (for paths not made yet). */
async function realpathSoFar(path: string): Promise<string> {
  const rest: string[] = [];
  let at = resolve(path);
  for (;;) {
    try {
      return join(await realpath(at), ...rest.reverse());
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if ((code !== "ENOENT" && code !== "ENOTDIR") || dirname(at) === at) return resolve(path);
      rest.push(basename(at));
      at = dirname(at);
    }
  }
}

function holds(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * Why `localPath` (a file or folder a user named) may not be imported, or undefined: a folder
 * that is, or holds, one of the guarded folders. Links are resolved on both sides first.
 */
export async function importProblem(localPath: string, guarded: readonly GuardedFolder[]): Promise<string | undefined> {
  const real = await realpathSoFar(localPath);
  for (const g of guarded) {
    const inner = await realpathSoFar(g.path);
    if (holds(real, inner)) {
      return `${localPath} holds ${g.what} (${g.path}), so importing it would copy ${g.what} into itself; name a file, or a folder that does not hold it`;
    }
  }
  return undefined;
}
