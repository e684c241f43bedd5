import type { ExtractedProgram } from "../extract/extract.ts";
import type { ProgramFacts } from "../extract/facts.ts";
import { resolveRelative, type ReadText } from "../extract/source-files.ts";
import { entryFileFor, entryText, readCacheEntry, sha256, writeCacheEntry, type CachedSource } from "./cache-entry.ts";
import { CACHE_FORMAT, extractorVersion } from "./extractor-version.ts";

export { MAX_ENTRIES, sha256 } from "./cache-entry.ts";

/** What a lookup found: the facts, or why they could not be used. */
export type CacheLookup = { readonly facts: ProgramFacts } | { readonly miss: string };

/** The facts' cache file of an entry: one per entry path, overwritten when its sources change. */
export function cacheFileFor(dir: string, entry: string): string {
  return entryFileFor(dir, entry);
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
  for (const i of s.imports ?? []) {
    if (resolveRelative(s.path, i.specifier, read) !== i.resolved) return `import '${i.specifier}' of ${s.path} now resolves elsewhere`;
  }
  return undefined;
}

/**
 * Reads an entry's cached facts if the cache file is intact, was made by this extractor for
 * this entry, and every source it was made from has the same content and import resolution.
 */
export function readFactsCache(file: string, entry: string, read: ReadText, typescript = ""): CacheLookup {
  const found = readCacheEntry(file, { format: CACHE_FORMAT, producer: producer(typescript), entry }, (s) => staleSource(s, read));
  if ("miss" in found) return found;
  return isFacts(found.payload) ? { facts: found.payload } : { miss: "damaged cache entry" };
}

/**
 * What made an entry: the extractor, and the TypeScript it parsed with when that was not
 * ts-morph's (`typescript`: the project's, by file and version; see cached-extract.ts).
 */
function producer(typescript: string): string {
  return typescript ? sha256(`${extractorVersion()}\0${typescript}`) : extractorVersion();
}

function header(entry: string, extracted: ExtractedProgram, typescript = "") {
  return {
    format: CACHE_FORMAT,
    producer: producer(typescript),
    entry,
    sources: extracted.sources.map((f) => ({ path: f.path, sha256: sha256(f.text), imports: f.imports })),
  };
}

/** The text of a cache file for a fresh extraction. */
export function cacheText(entry: string, extracted: ExtractedProgram): string {
  return entryText(header(entry, extracted), extracted.facts);
}

/** Stores a fresh extraction; a cache that cannot be written only costs the speed-up. */
export function writeFactsCache(file: string, entry: string, extracted: ExtractedProgram, typescript = ""): void {
  writeCacheEntry(file, header(entry, extracted, typescript), extracted.facts);
}
