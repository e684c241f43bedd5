import { lstatSync, readdirSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { StepError } from "../steps/render-context.ts";

/** One entry of a code folder: its path relative to the folder ('/'-separated), and what it is. */
export interface CodeFolderEntry {
  readonly rel: string;
  readonly name: string;
  readonly path: string;
  readonly kind: "file" | "dir" | "other";
}

/**
 * Every entry under `dir` (source folders, dependency folders, notebook folders), depth first,
 * names sorted in each folder (the SDK's order), read with a loop. Symbolic links are refused,
 * not followed and not packed as links: a link can pull a file from outside the folder (a
 * secret) into an upload, a link to a folder above it (`loop -> .`) makes the walk endless, and
 * a link packed as a link would point, inside the job's container, at a path that does not exist.
 */
export function codeFolderEntries(dir: string): CodeFolderEntry[] {
  const out: CodeFolderEntry[] = [];
  const read = (path: string, rel: string) => ({ path, rel, names: readdirSync(path).sort(), next: 0 });
  const stack = [read(dir, "")];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.next === top.names.length) {
      stack.pop();
      continue;
    }
    const name = top.names[top.next++]!;
    const path = join(top.path, name);
    const rel = top.rel ? `${top.rel}/${name}` : name;
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) {
      throw new StepError(`'${rel}' in the code folder ${dir} is a symbolic link (to ${readlinkSync(path)}); sagepipe does not follow links in code folders. Replace it with the file it points to (cp -L), or remove it.`);
    }
    const kind = stat.isDirectory() ? "dir" : stat.isFile() ? "file" : "other";
    out.push({ rel, name, path, kind });
    if (kind === "dir") stack.push(read(path, rel));
  }
  return out;
}
