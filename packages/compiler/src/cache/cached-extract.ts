import { resolve } from "node:path";
import { extractProgramWithSources } from "../extract/extract.ts";
import type { ProgramFacts } from "../extract/facts.ts";
import { diskReader } from "../extract/source-files.ts";
import { factsCacheDir, type CacheOptions } from "./cache-location.ts";
import { cacheFileFor, readFactsCache, writeFactsCache } from "./facts-cache.ts";

/** Facts of an entry, and whether the cache supplied them. */
export interface CachedExtraction {
  readonly facts: ProgramFacts;
  /** "hit": from the cache (TypeScript not loaded); "miss": extracted and stored; "off": no cache. */
  readonly cache: "hit" | "miss" | "off";
  /** Why the cache could not be used (for "miss"). */
  readonly reason?: string;
}

/**
 * `extractProgram` from disk, through the facts cache: when the entry and every file it
 * imports are byte-for-byte what the cached facts were made from, returns those facts without
 * parsing (or loading TypeScript); otherwise extracts and stores the result.
 */
export function extractWithCache(entry: string, options: CacheOptions = {}): CachedExtraction {
  const path = resolve(entry);
  const read = diskReader();
  const dir = factsCacheDir(path, options);
  if (!dir) return { facts: extractProgramWithSources(path, read).facts, cache: "off" };
  const file = cacheFileFor(dir, path);
  const found = readFactsCache(file, path, read);
  if ("facts" in found) return { facts: found.facts, cache: "hit" };
  const extracted = extractProgramWithSources(path, read);
  if (extracted.sources.length > 0) writeFactsCache(file, path, extracted);
  return { facts: extracted.facts, cache: "miss", reason: found.miss };
}
