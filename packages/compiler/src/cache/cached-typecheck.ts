import { dirname, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { findCheckerTypescript } from "../typecheck/checker-typescript.ts";
import { runTypeCheck } from "../typecheck/type-check.ts";
import { entryFileFor, fileRecord, readCacheEntry, sha256, writeCacheEntry, type CachedSource } from "./cache-entry.ts";
import { factsCacheDir, type CacheOptions } from "./cache-location.ts";
import { sourcesVersion } from "./extractor-version.ts";

/** The layout of a type check's cache file; bump when it changes. */
export const TYPECHECK_FORMAT = "sagepipe-typecheck/1";

/** A type check's findings, and whether the cache supplied them. */
export interface CachedTypeCheck {
  readonly diagnostics: readonly Diagnostic[];
  /** "hit": from the cache (TypeScript not loaded); "miss": checked and stored; "off": no cache. */
  readonly cache: "hit" | "miss" | "off";
  readonly reason?: string;
  /** The files it was made from outside node_modules: the user's files, the tsconfig files, package.json files (what a watch watches). */
  readonly inputs: readonly string[];
}

const ownFiles = (paths: Iterable<string>): string[] => [...paths].filter((p) => !p.includes("/node_modules/"));

function isDiagnostics(x: unknown): x is Diagnostic[] {
  return Array.isArray(x) && x.every((d) => typeof d?.code === "string" && typeof d.message === "string" && typeof d.span?.file === "string");
}

/**
 * Whether a path looked for and missing is worth watching: every one outside node_modules, and
 * inside it the package folders and package.json files (a package installed later). Not the
 * probes inside an installed package (`x.ts`, `x.tsx` before `x.d.ts`): a package changes by
 * being reinstalled, which changes its package.json, a file the program read and hashed.
 */
function mayAppear(path: string): boolean {
  const at = path.lastIndexOf("/node_modules/");
  if (at < 0) return true;
  const inside = path.slice(at + "/node_modules/".length).split("/");
  const depth = inside[0]?.startsWith("@") ? 2 : 1;
  return inside.length <= depth || (inside.length === depth + 1 && inside[depth] === "package.json");
}

/**
 * The package.json of an installed package a file is in (under node_modules), else undefined.
 * Such a file stands for by its package.json: an installed package changes by being
 * reinstalled, which changes its package.json (its version, or pnpm's folder), so a warm
 * check stats one file per package instead of each of its declaration files (the SageMaker
 * client alone has ~1,000).
 */
function packageJsonOf(path: string): string | undefined {
  const at = path.lastIndexOf("/node_modules/");
  if (at < 0) return undefined;
  const inside = path.slice(at + "/node_modules/".length).split("/");
  const depth = inside[0]?.startsWith("@") ? 2 : 1;
  if (inside.length <= depth) return undefined;
  return `${path.slice(0, at)}/node_modules/${inside.slice(0, depth).join("/")}/package.json`;
}

/**
 * Type-checks the entry (`runTypeCheck`) through the facts cache's folder: an entry keyed by
 * the content of every file the program read (the user's files, the packages' declarations
 * and sources, package.json files, the tsconfig and what it extends), every path it looked
 * for and did not find, the symbolic links it followed, which TypeScript checked (file and
 * version), the list of the user's files and the type checker's own code. When all are as
 * they were, the findings are returned without loading TypeScript.
 */
export function typeCheckWithCache(entry: string, userFiles: readonly string[], options: CacheOptions = {}): CachedTypeCheck {
  const path = resolve(entry);
  const checker = findCheckerTypescript(dirname(path));
  const dir = factsCacheDir(path, options);
  if (!dir) {
    const run = runTypeCheck(path, userFiles, checker);
    return { diagnostics: run.diagnostics, cache: "off", inputs: ownFiles([...(run.inputs?.read.keys() ?? []), ...run.config.readFiles]) };
  }
  const producer = sha256([TYPECHECK_FORMAT, checker.from, checker.file, checker.version, sourcesVersion("typecheck"), sourcesVersion("cache"), ...userFiles].join("\0"));
  const file = entryFileFor(dir, path, "typecheck");
  const found = readCacheEntry(file, { format: TYPECHECK_FORMAT, producer, entry: path });
  if ("payload" in found && isDiagnostics(found.payload)) return { diagnostics: found.payload, cache: "hit", inputs: ownFiles(found.sources) };
  const run = runTypeCheck(path, userFiles, checker);
  const read = run.inputs?.read ?? new Map<string, string>();
  const sources: CachedSource[] = [];
  const packageJsons = new Set<string>();
  for (const [p, text] of read) {
    const pkg = packageJsonOf(p);
    if (pkg && pkg !== p) packageJsons.add(pkg);
    else sources.push(fileRecord(p, text));
  }
  for (const p of [...packageJsons, ...run.config.readFiles]) {
    if (sources.some((s) => s.path === p)) continue;
    try {
      sources.push(fileRecord(p));
    } catch {
      // gone already: the next lookup misses
    }
  }
  writeCacheEntry(file, {
    format: TYPECHECK_FORMAT,
    producer,
    entry: path,
    sources: sources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    // Sorted: a program made afresh and one reusing the last (type-check.ts) record the same
    // paths in different orders, and the entry's text should not depend on it.
    absent: [...new Set([...run.config.absent, ...(run.inputs?.absent ?? [])])].filter(mayAppear).sort(),
    links: [...(run.inputs?.links ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  }, run.diagnostics);
  return { diagnostics: run.diagnostics, cache: "miss", reason: "miss" in found ? found.miss : "damaged cache entry", inputs: ownFiles(sources.map((s) => s.path)) };
}
