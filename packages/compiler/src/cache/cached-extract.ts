import { dirname, resolve } from "node:path";
import { extractProgramWithSources, type ExtractedProgram } from "../extract/extract.ts";
import type { ProgramFacts } from "../extract/facts.ts";
import { diskReader, type ReadText } from "../extract/source-files.ts";
import { withTypescript } from "../extract/typescript.ts";
import { extractsWith, findCheckerTypescript, loadCheckerTypescript } from "../typecheck/checker-typescript.ts";
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
 * The extraction of an entry, parsed with the TypeScript its type check uses when that is the
 * project's own (5.0 or later, as the editor plugin extracts): a cold build then loads one
 * compiler, not the project's and ts-morph's (~0.1-0.2 s of CPU each). `typescript` names it
 * for the cache ("" for ts-morph's, which the extractor's version covers).
 */
function extractor(path: string): { typescript: string; extract: (read: ReadText) => ExtractedProgram } {
  const checker = findCheckerTypescript(dirname(path));
  if (!extractsWith(checker)) return { typescript: "", extract: (read) => extractProgramWithSources(path, read) };
  return {
    typescript: `${checker.file}@${checker.version}`,
    extract: (read) => withTypescript(loadCheckerTypescript(checker).ts, () => extractProgramWithSources(path, read)),
  };
}

/**
 * `extractProgram` from disk, through the facts cache: when the entry and every file it
 * imports are byte-for-byte what the cached facts were made from, returns those facts without
 * parsing (or loading TypeScript); otherwise extracts and stores the result.
 */
export function extractWithCache(entry: string, options: CacheOptions = {}): CachedExtraction {
  const path = resolve(entry);
  const read = diskReader();
  const { typescript, extract } = extractor(path);
  const dir = factsCacheDir(path, options);
  if (!dir) return { facts: extract(read).facts, cache: "off" };
  const file = cacheFileFor(dir, path);
  const found = readFactsCache(file, path, read, typescript);
  if ("facts" in found) return { facts: found.facts, cache: "hit" };
  const extracted = extract(read);
  if (extracted.sources.length > 0) writeFactsCache(file, path, extracted, typescript);
  return { facts: extracted.facts, cache: "miss", reason: found.miss };
}
