import { lstat, readdir, readlink } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/**
 * A file tree the runner will not follow: a symbolic link, or something that is neither a
 * regular file nor a folder (a fifo, a socket, a device). `path` is the host path of the entry.
 */
export interface UnsafeEntry {
  readonly path: string;
  /** "a symbolic link (-> target)" or "a fifo", "a socket", ... */
  readonly what: string;
}

async function describe(path: string): Promise<string> {
  const info = await lstat(path);
  if (info.isSymbolicLink()) {
    const target = await readlink(path).catch(() => "?");
    return `a symbolic link (to ${target})`;
  }
  if (info.isFIFO()) return "a fifo";
  if (info.isSocket()) return "a socket";
  if (info.isBlockDevice() || info.isCharacterDevice()) return "a device";
  return "not a regular file";
}

/**
 * The first entry between `root` (excluded) and `path` (included) that is not a real folder
 * (a symbolic link, a file where a folder should be), or undefined. Entries that do not exist
 * yet are fine: whatever creates them creates real folders.
 */
export async function linkOnTheWay(root: string, path: string): Promise<UnsafeEntry | undefined> {
  const rel = relative(root, path);
  if (rel === "") return undefined;
  if (rel.startsWith("..") || rel.startsWith(sep)) return { path, what: `outside ${root}` };
  let at = root;
  for (const part of rel.split(sep)) {
    at = join(at, part);
    let info;
    try {
      info = await lstat(at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw e;
    }
    if (!info.isDirectory()) return at === path && info.isFile() ? undefined : { path: at, what: await describe(at) };
  }
  return undefined;
}

/**
 * Every regular file below `dir` (paths relative to it, `/`-separated, sorted), never following
 * a link. A symbolic link or special file anywhere below, or `dir` itself being one, is
 * returned as `unsafe` instead (the first met, in name order). A missing `dir` has no files.
 */
export async function listRegularFiles(dir: string): Promise<{ readonly files: string[] } | { readonly unsafe: UnsafeEntry }> {
  const files: string[] = [];
  try {
    const top = await lstat(dir);
    if (!top.isDirectory()) return { unsafe: { path: dir, what: await describe(dir) } };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { files };
    throw e;
  }
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    const entries = (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile()) files.push(relative(dir, path).split(sep).join("/"));
      else return { unsafe: { path, what: await describe(path) } };
    }
  }
  return { files: files.sort() };
}

/**
 * A name that may become one path segment: not empty, not `.` or `..`, no `/`, `\` or NUL.
 * Returns the problem, or undefined.
 */
export function unsafeSegment(name: string): string | undefined {
  if (name === "" || name === "." || name === "..") return `'${name}' cannot be a file name`;
  if (/[/\\\0]/.test(name)) return `'${name}' contains '/', '\\' or a NUL character, so it would name a path outside its folder`;
  return undefined;
}

/**
 * `join(root, ...names)` where each name is one segment taken from a definition or a user; throws
 * (naming `what` and the name) when a name could climb out of `root`.
 */
export function joinInside(root: string, what: string, ...names: readonly string[]): string {
  for (const name of names) {
    const problem = unsafeSegment(name);
    if (problem) throw Object.assign(new Error(`${what} ${problem}; use letters, digits, '-' and '_'`), { exitCode: 1 });
  }
  return join(root, ...names);
}
