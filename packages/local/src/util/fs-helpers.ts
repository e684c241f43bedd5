import { constants } from "node:fs";
import { copyFile, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

/** Writes a file atomically: a temp file beside it, then rename. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** Copies a file (a reflink where the file system can), creating folders; the target appears whole. */
export async function copyFileAtomic(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  const temp = `${to}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  try {
    await copyFile(from, temp, constants.COPYFILE_FICLONE);
    await rename(temp, to);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** Moves a file, copying when it crosses file systems. */
export async function moveFile(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EXDEV") throw e;
    await copyFileAtomic(from, to);
    await rm(from, { force: true });
  }
}

/**
 * Every file below `dir`, as paths relative to it with `/` separators, sorted. Links are listed
 * as files (never walked into) unless `links: false` leaves them out.
 */
export async function listFiles(dir: string, options: { readonly links?: boolean } = {}): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
      throw e;
    }
    for (const entry of entries) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() || (entry.isSymbolicLink() && options.links !== false)) out.push(relative(dir, path).split("\\").join("/"));
    }
  };
  await walk(dir);
  return out.sort();
}
