import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import type { ImageAdapter } from "./image-adapters.ts";

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

function checkAdapter(raw: unknown, at: string, base: string, problems: string[]): ImageAdapter | undefined {
  if (typeof raw !== "object" || raw === null) {
    problems.push(`${at}: an adapter is an object with name, image and train/transform/process commands`);
    return undefined;
  }
  const a = raw as Record<string, unknown>;
  const before = problems.length;
  if (typeof a.name !== "string") problems.push(`${at}/name: give the adapter a name`);
  if (typeof a.image !== "string") problems.push(`${at}/image: give a regular expression over image URIs`);
  else {
    try {
      new RegExp(a.image);
    } catch (e) {
      problems.push(`${at}/image: not a regular expression (${(e as Error).message})`);
    }
  }
  for (const k of ["train", "transform", "process", "files"] as const) {
    if (a[k] !== undefined && !isStringList(a[k])) problems.push(`${at}/${k}: must be a list of strings`);
  }
  if (a.train === undefined && a.transform === undefined && a.process === undefined) {
    problems.push(`${at}: give at least one of train, transform, process`);
  }
  if (problems.length > before) return undefined;
  const files = (a.files as string[] | undefined)?.map((f) => (isAbsolute(f) ? f : resolve(base, f)));
  return { ...(a as unknown as ImageAdapter), ...(files ? { files } : {}) };
}

/**
 * Reads a user's adapter table: `{ "adapters": [ { "name", "image", "train", "transform",
 * "process", "files", "metrics" } ] }`; relative `files` are relative to the table's folder.
 */
export async function loadAdapters(path: string): Promise<{ readonly adapters: ImageAdapter[]; readonly problems: string[] }> {
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    return { adapters: [], problems: [`${path}: cannot read the adapter table (${(e as Error).message})`] };
  }
  const list = (doc as { adapters?: unknown })?.adapters;
  if (!Array.isArray(list)) return { adapters: [], problems: [`${path}: expected {"adapters": [...]}`] };
  const problems: string[] = [];
  const adapters = list
    .map((raw, i) => checkAdapter(raw, `${path}: /adapters/${i}`, dirname(path), problems))
    .filter((a): a is ImageAdapter => a !== undefined);
  return { adapters, problems };
}
