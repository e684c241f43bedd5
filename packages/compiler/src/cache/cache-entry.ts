import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { writeFileAtomically } from "@sagepipe/core";
import { dirname, join } from "node:path";

/**
 * One cache entry of sagepipe's content-keyed cache (`node_modules/.cache/sagepipe/facts`):
 * a header line naming what made it and every file it was made from, then the payload (facts,
 * or a type check's diagnostics) on the next line. An entry is used only when every input is
 * still what it was; anything else is a miss with a reason, never an error.
 */
export interface EntryHeader {
  /** Layout and kind of the entry (`sagepipe-facts/1`, `sagepipe-typecheck/1`). */
  readonly format: string;
  /** What made it (the extractor's version; the type checker's TypeScript and options). */
  readonly producer: string;
  readonly entry: string;
  readonly sources: readonly CachedSource[];
  /** Paths that were looked for and did not exist; one appearing makes the entry stale. */
  readonly absent?: readonly string[];
  /** Paths and what they resolved to through symbolic links (a relinked package is a change). */
  readonly links?: readonly (readonly [string, string])[];
  /** sha256 of the payload's text, so a damaged file is never trusted. */
  readonly payloadSha256: string;
}

/** One file an entry was made from: its content hash and, optionally, how its imports resolved. */
export interface CachedSource {
  readonly path: string;
  readonly sha256: string;
  /** Size and modification time when hashed: when both are unchanged the file is not read again. */
  readonly size?: number;
  readonly mtimeMs?: number;
  readonly imports?: readonly { readonly specifier: string; readonly resolved?: string }[];
}

/** What a lookup found: the payload's JSON value, or why it could not be used. */
export type EntryLookup = { readonly payload: unknown; readonly sources: readonly string[] } | { readonly miss: string };

/** Why a source no longer matches its record (undefined: it matches). */
export type StaleCheck = (source: CachedSource) => string | undefined;

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The cache file of an entry for one kind of payload: one per entry path and kind. */
export function entryFileFor(dir: string, entry: string, kind = ""): string {
  return join(dir, `${sha256(kind ? `${entry}\0${kind}` : entry).slice(0, 32)}.json`);
}

/** A file's text as hashed: UTF-8, without a byte order mark (as TypeScript reads files). */
function textOf(path: string): string {
  const text = readFileSync(path, "utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A source record of a file read from disk (`text` as `textOf` gives it): content hash, size, modification time. */
export function fileRecord(path: string, text: string = textOf(path)): CachedSource {
  try {
    const s = statSync(path);
    return { path, sha256: sha256(text), size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return { path, sha256: sha256(text) };
  }
}

/** The default staleness test: size and time unchanged, else the content's hash. */
export function staleOnDisk(s: CachedSource): string | undefined {
  let st;
  try {
    st = statSync(s.path);
  } catch {
    return `${s.path} is gone`;
  }
  if (s.size !== undefined && s.size === st.size && s.mtimeMs === st.mtimeMs) return undefined;
  try {
    return sha256(textOf(s.path)) === s.sha256 ? undefined : `${s.path} changed`;
  } catch {
    return `${s.path} is gone`;
  }
}

function isHeader(h: unknown): h is EntryHeader {
  const x = h as Partial<EntryHeader> | null;
  return typeof x === "object" && x !== null && typeof x.format === "string" && typeof x.producer === "string" &&
    typeof x.entry === "string" && typeof x.payloadSha256 === "string" && Array.isArray(x.sources) &&
    x.sources.every((s) => typeof s?.path === "string" && typeof s.sha256 === "string" && (s.imports === undefined || Array.isArray(s.imports))) &&
    (x.absent === undefined || (Array.isArray(x.absent) && x.absent.every((p) => typeof p === "string"))) &&
    (x.links === undefined || (Array.isArray(x.links) && x.links.every((l) => Array.isArray(l) && typeof l[0] === "string" && typeof l[1] === "string")));
}

function realpathOf(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/**
 * Reads an entry if the file is intact, has this format, was made by `producer` for `entry`,
 * and every source, absent path and link is as it was.
 */
export function readCacheEntry(file: string, expect: { format: string; producer: string; entry: string }, stale: StaleCheck = staleOnDisk): EntryLookup {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { miss: "no cache entry" };
  }
  const newline = text.indexOf("\n");
  let header: unknown;
  try {
    header = JSON.parse(text.slice(0, newline));
  } catch {
    return { miss: "unreadable cache entry" };
  }
  if (newline < 0 || !isHeader(header)) return { miss: "unreadable cache entry" };
  if (header.format !== expect.format || header.producer !== expect.producer) return { miss: "made by another version of the extractor or type checker" };
  if (header.entry !== expect.entry) return { miss: "made for another entry" };
  for (const s of header.sources) {
    const why = stale(s);
    if (why) return { miss: why };
  }
  for (const p of header.absent ?? []) if (existsSync(p)) return { miss: `${p} now exists` };
  for (const [p, real] of header.links ?? []) if (realpathOf(p) !== real) return { miss: `${p} now resolves elsewhere` };
  const payloadText = text.slice(newline + 1);
  if (sha256(payloadText) !== header.payloadSha256) return { miss: "damaged cache entry" };
  try {
    return { payload: JSON.parse(payloadText) as unknown, sources: header.sources.map((s) => s.path) };
  } catch {
    return { miss: "damaged cache entry" };
  }
}

/** The text of a cache file. */
export function entryText(header: Omit<EntryHeader, "payloadSha256">, payload: unknown): string {
  const payloadText = JSON.stringify(payload);
  return `${JSON.stringify({ ...header, payloadSha256: sha256(payloadText) })}\n${payloadText}`;
}

/** Entries kept per cache folder; beyond this the least recently written half is removed. */
export const MAX_ENTRIES = 256;

/** Keeps the folder bounded (entries of deleted or temporary entry files pile up otherwise). */
function prune(dir: string): void {
  const names = readdirSync(dir).filter((n) => n.endsWith(".json"));
  if (names.length <= MAX_ENTRIES) return;
  const byAge = names.map((n) => ({ path: join(dir, n), mtime: statSync(join(dir, n)).mtimeMs })).sort((a, b) => a.mtime - b.mtime);
  for (const old of byAge.slice(0, names.length - MAX_ENTRIES / 2)) rmSync(old.path, { force: true });
}

/**
 * Stores an entry (with the one atomic writer: a reader never sees half a file). The cache
 * only saves time: when it cannot be written, the build goes on without it.
 */
export function writeCacheEntry(file: string, header: Omit<EntryHeader, "payloadSha256">, payload: unknown): void {
  try {
    writeFileAtomically(file, entryText(header, payload));
    prune(dirname(file));
  } catch (e) {
    if (process.env.SAGEPIPE_DEBUG) console.error(`sagepipe: could not write the cache entry ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
