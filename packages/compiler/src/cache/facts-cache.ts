import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { writeFileAtomically } from "@sagepipe/core";
import { dirname, join } from "node:path";
import type { ExtractedProgram } from "../extract/extract.ts";
import type { ProgramFacts } from "../extract/facts.ts";
import { resolveRelative, type ReadText, type ResolvedImport } from "../extract/source-files.ts";
import { CACHE_FORMAT, extractorVersion } from "./extractor-version.ts";

/** One file the facts were extracted from: its content hash and how its imports resolved. */
export interface CachedSource {
  readonly path: string;
  readonly sha256: string;
  readonly imports: readonly ResolvedImport[];
}

/** The first line of a cache file; the facts' JSON follows on the next line. */
export interface CacheHeader {
  readonly format: string;
  readonly extractor: string;
  readonly entry: string;
  readonly sources: readonly CachedSource[];
  /** sha256 of the facts' JSON text, so a damaged file is never trusted. */
  readonly factsSha256: string;
}

/** What a lookup found: the facts, or why they could not be used. */
export type CacheLookup = { readonly facts: ProgramFacts } | { readonly miss: string };

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The cache file of an entry: one per entry path, overwritten when its sources change. */
export function cacheFileFor(dir: string, entry: string): string {
  return join(dir, `${sha256(entry).slice(0, 32)}.json`);
}

function isHeader(h: unknown): h is CacheHeader {
  const x = h as Partial<CacheHeader> | null;
  return typeof x === "object" && x !== null && typeof x.format === "string" && typeof x.extractor === "string" &&
    typeof x.entry === "string" && typeof x.factsSha256 === "string" && Array.isArray(x.sources) &&
    x.sources.every((s) => typeof s?.path === "string" && typeof s.sha256 === "string" && Array.isArray(s.imports));
}

function isFacts(f: unknown): f is ProgramFacts {
  const x = f as Partial<ProgramFacts> | null;
  return typeof x === "object" && x !== null && typeof x.entry === "string" && Array.isArray(x.files) && Array.isArray(x.pipelines);
}

/** Why a source no longer matches its cached record (undefined: it matches). */
function staleSource(s: CachedSource, read: ReadText): string | undefined {
  const text = read(s.path);
  if (text === undefined) return `${s.path} is gone`;
  if (sha256(text) !== s.sha256) return `${s.path} changed`;
  for (const i of s.imports) {
    if (resolveRelative(s.path, i.specifier, read) !== i.resolved) return `import '${i.specifier}' of ${s.path} now resolves elsewhere`;
  }
  return undefined;
}

/**
 * Reads an entry's cached facts if the cache file is intact, was made by this extractor for
 * this entry, and every source it was made from has the same content and import resolution.
 */
export function readFactsCache(file: string, entry: string, read: ReadText): CacheLookup {
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
  if (header.format !== CACHE_FORMAT || header.extractor !== extractorVersion()) return { miss: "made by another version of the extractor" };
  if (header.entry !== entry) return { miss: "made for another entry" };
  for (const s of header.sources) {
    const stale = staleSource(s, read);
    if (stale) return { miss: stale };
  }
  const factsText = text.slice(newline + 1);
  if (sha256(factsText) !== header.factsSha256) return { miss: "damaged cache entry" };
  let facts: unknown;
  try {
    facts = JSON.parse(factsText);
  } catch {
    return { miss: "damaged cache entry" };
  }
  return isFacts(facts) ? { facts } : { miss: "damaged cache entry" };
}

/** The text of a cache file for a fresh extraction. */
export function cacheText(entry: string, extracted: ExtractedProgram): string {
  const factsText = JSON.stringify(extracted.facts);
  const header: CacheHeader = {
    format: CACHE_FORMAT,
    extractor: extractorVersion(),
    entry,
    sources: extracted.sources.map((f) => ({ path: f.path, sha256: sha256(f.text), imports: f.imports })),
    factsSha256: sha256(factsText),
  };
  return `${JSON.stringify(header)}\n${factsText}`;
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
 * Stores a fresh extraction (temp file, then rename, so a reader never sees half a file).
 * The cache only saves time: when it cannot be written, the build goes on without it.
 */
export function writeFactsCache(file: string, entry: string, extracted: ExtractedProgram): void {
  const dir = dirname(file);
  try {
    writeFileAtomically(file, cacheText(entry, extracted));
    prune(dir);
  } catch (e) {
    if (process.env.SAGEPIPE_DEBUG) console.error(`sagepipe: could not write the facts cache ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
