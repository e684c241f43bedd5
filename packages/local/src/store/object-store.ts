import { createHash } from "node:crypto";
import { readFile, readdir, realpath, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { copyFileAtomic, listFiles, moveFile } from "../util/fs-helpers.ts";
import { linkOnTheWay, listRegularFiles } from "../util/safe-paths.ts";
import { importProblem, type GuardedFolder } from "./local-import.ts";
import { formatS3Uri, joinS3Uri, parseS3Uri, relativeName, type S3Location } from "./s3-uri.ts";

/** One object found under a prefix. */
export interface StoredObject {
  readonly key: string;
  /** The object's file in the store. */
  readonly path: string;
  /** Where it lands below a download folder (see `relativeName`). */
  readonly name: string;
}

/** Bucket that holds files copied in from local paths (`--param X=./data.csv`). */
export const IMPORT_BUCKET = "sagepipe-local-inputs";

function notS3(uri: string): Error {
  return new Error(`'${uri}' is not an s3://bucket/key URI (keys may not contain '.' or '..' segments)`);
}

/** Local stand-in for S3: `s3://bucket/key` is the file `<root>/bucket/key`. */
export class ObjectStore {
  /** `guarded`: folders besides the store itself that no import may contain (the workspace). */
  constructor(
    readonly root: string,
    private readonly guarded: readonly GuardedFolder[] = [],
  ) {}

  /** The file that holds `s3://bucket/key`. */
  pathOf(uri: string): string {
    const loc = parseS3Uri(uri);
    if (!loc) throw notS3(uri);
    return join(this.root, loc.bucket, ...loc.key.split("/").filter(Boolean));
  }

  /**
   * The file that will hold `s3://bucket/key`, checked for writing: no folder between the
   * store's root and it is a symbolic link (so nothing is written through a link out of the store).
   */
  async pathForWrite(uri: string): Promise<string> {
    const path = this.pathOf(uri);
    await this.refuseLinks(dirname(path), `cannot write ${uri}`);
    return path;
  }

  private async refuseLinks(folder: string, what: string): Promise<void> {
    const link = await linkOnTheWay(this.root, folder);
    if (link) throw Object.assign(new Error(`${what}: ${link.path} in the local store is ${link.what}, not a folder; remove it`), { exitCode: 1 });
  }

  /** Every object whose key starts with the URI's key, sorted by key. */
  async list(uri: string): Promise<StoredObject[]> {
    const loc = parseS3Uri(uri);
    if (!loc) throw notS3(uri);
    const cut = loc.key.lastIndexOf("/");
    const folderKey = loc.key.slice(0, cut + 1);
    const namePrefix = loc.key.slice(cut + 1);
    const folder = join(this.root, loc.bucket, ...folderKey.split("/").filter(Boolean));
    await this.refuseLinks(folder, `cannot read ${uri}`);
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") return [];
      throw e;
    }
    const out: StoredObject[] = [];
    for (const entry of entries) {
      if (!entry.name.startsWith(namePrefix) || entry.name.includes(".tmp-")) continue;
      if (!entry.isDirectory() && !entry.isFile()) continue; // never follow a link out of the store
      const keys = entry.isDirectory()
        ? (await listFiles(join(folder, entry.name), { links: false })).map((rel) => `${folderKey}${entry.name}/${rel}`)
        : [`${folderKey}${entry.name}`];
      for (const key of keys) {
        out.push({ key, path: join(this.root, loc.bucket, ...key.split("/")), name: relativeName(loc.key, key) });
      }
    }
    return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** True when the exact object exists. */
  async exists(uri: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(uri))).isFile();
    } catch {
      return false;
    }
  }

  /** Reads one object as text; the error says which file was looked for. */
  async readText(uri: string): Promise<string> {
    const path = this.pathOf(uri);
    try {
      return await readFile(path, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${uri} is not in the local store (no file ${path})`);
      throw e;
    }
  }

  /** Copies every object under `uri` into `dir` (SageMaker's placement); returns them. */
  async download(uri: string, dir: string): Promise<StoredObject[]> {
    const objects = await this.list(uri);
    for (const o of objects) await copyFileAtomic(o.path, join(dir, ...o.name.split("/")));
    return objects;
  }

  /**
   * Moves every file below `dir` into the store under the prefix `uri`; returns the new URIs.
   * Refuses (moving nothing) when `dir` is, or holds, a symbolic link or special file; when a move
   * fails part-way (a full disk), the files already moved are removed from the store.
   */
  async upload(dir: string, uri: string): Promise<string[]> {
    const listed = await listRegularFiles(dir);
    if ("unsafe" in listed) throw Object.assign(new Error(`${listed.unsafe.path} is ${listed.unsafe.what}; only regular files move into the store`), { exitCode: 1 });
    const out: string[] = [];
    try {
      for (const rel of listed.files) {
        const target = joinS3Uri(uri, rel);
        await moveFile(join(dir, ...rel.split("/")), await this.pathForWrite(target));
        out.push(target);
      }
    } catch (e) {
      for (const moved of out) await rm(this.pathOf(moved), { force: true }).catch(() => undefined); // no partial output stays
      throw e;
    }
    return out;
  }

  /** Copies one local file to `uri`. */
  async putFile(localPath: string, uri: string): Promise<void> {
    await copyFileAtomic(localPath, await this.pathForWrite(uri));
  }

  /**
   * Copies a local file or folder into the import bucket under a content hash, so the same
   * bytes always get the same URI; returns that URI (the base name is kept). Refuses (copying
   * nothing) a folder that holds the store or a guarded folder, and a folder holding a symbolic
   * link or special file.
   */
  async importLocal(localPath: string): Promise<string> {
    const refuse = (why: string) => Object.assign(new Error(why), { exitCode: 1 });
    const problem = await importProblem(localPath, [{ path: this.root, what: "the local store" }, ...this.guarded]);
    if (problem) throw refuse(problem);
    const real = await realpath(localPath);
    const info = await stat(real);
    let files = [""];
    if (info.isDirectory()) {
      const listed = await listRegularFiles(real);
      if ("unsafe" in listed) throw refuse(`${localPath}: ${listed.unsafe.path} is ${listed.unsafe.what}; an imported folder may hold only regular files and folders`);
      files = listed.files;
    } else if (!info.isFile()) throw refuse(`${localPath} is not a regular file or folder`);
    const hash = createHash("sha256");
    for (const rel of files) {
      hash.update(`${rel}\0`);
      hash.update(await readFile(rel ? join(real, rel) : real));
    }
    const base: S3Location = { bucket: IMPORT_BUCKET, key: `${hash.digest("hex").slice(0, 16)}/${basename(localPath)}` };
    const uri = formatS3Uri(base);
    for (const rel of files) await this.putFile(rel ? join(real, rel) : real, rel ? joinS3Uri(uri, rel) : uri);
    return uri;
  }
}
