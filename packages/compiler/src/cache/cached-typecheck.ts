import { dirname, resolve } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { findCheckerTypescript, type CheckerTypescript } from "../typecheck/checker-typescript.ts";
import { checkThroughServer, type TypeCheckServerUse } from "../typecheck-server/check-through-server.ts";
import { entryFileFor, readCacheEntry, sha256, writeCacheEntry } from "./cache-entry.ts";
import { factsCacheDir, type CacheOptions } from "./cache-location.ts";
import { sourcesVersion } from "./extractor-version.ts";
import { ownFiles, typeCheckOutcome, type TypeCheckOutcome } from "./typecheck-outcome.ts";
import type { TypeCheckOptions } from "../typecheck/type-check.ts";

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
  /** Installed packages whose declarations changed since the checking process last read them (see `TypeCheckOutcome`). */
  readonly changedPackages?: readonly string[];
  /** Who checked on a miss: the type-check server, or this process (which then started a server when none ran: "process, server started"). */
  readonly checkedBy?: "server" | "process" | "process, server started";
}

function isDiagnostics(x: unknown): x is Diagnostic[] {
  return Array.isArray(x) && x.every((d) => typeof d?.code === "string" && typeof d.message === "string" && typeof d.span?.file === "string");
}

type Miss = { readonly miss: string; readonly store?: (o: TypeCheckOutcome) => void };
type Lookup = { readonly hit: CachedTypeCheck } | Miss;

/**
 * Looks the type check of `entry` up in the facts cache's folder: an entry keyed by the content
 * of every file the program read (the user's files, the packages' declarations and sources,
 * package.json files, the tsconfig and what it extends), every path it looked for and did not
 * find, the symbolic links it followed, which TypeScript checked (file and version), the list
 * of the user's files and the type checker's own code.
 */
function lookUp(path: string, userFiles: readonly string[], checker: CheckerTypescript, options: CacheOptions): Lookup {
  const dir = factsCacheDir(path, options);
  if (!dir) return { miss: "off" };
  const producer = sha256([TYPECHECK_FORMAT, checker.from, checker.file, checker.version, sourcesVersion("typecheck"), sourcesVersion("cache"), ...userFiles].join("\0"));
  const file = entryFileFor(dir, path, "typecheck");
  const found = readCacheEntry(file, { format: TYPECHECK_FORMAT, producer, entry: path });
  if ("payload" in found && isDiagnostics(found.payload)) return { hit: { diagnostics: found.payload, cache: "hit", inputs: ownFiles(found.sources) } };
  const store = (o: TypeCheckOutcome) => writeCacheEntry(file, { format: TYPECHECK_FORMAT, producer, entry: path, sources: o.sources, absent: o.absent, links: o.links }, o.diagnostics);
  return { miss: "miss" in found ? found.miss : "damaged cache entry", store };
}

function result(outcome: TypeCheckOutcome, lookup: Miss, checkedBy: CachedTypeCheck["checkedBy"]): CachedTypeCheck {
  lookup.store?.(outcome);
  const inputs = ownFiles(outcome.sources.map((s) => s.path));
  const changed = outcome.changedPackages ? { changedPackages: outcome.changedPackages } : {};
  if (!lookup.store) return { diagnostics: outcome.diagnostics, cache: "off", inputs, checkedBy, ...changed };
  return { diagnostics: outcome.diagnostics, cache: "miss", reason: lookup.miss, inputs, checkedBy, ...changed };
}

/**
 * Type-checks the entry (`runTypeCheck`) through the facts cache's folder: when every input of
 * the last check is as it was, its findings are returned without loading TypeScript.
 */
export function typeCheckWithCache(entry: string, userFiles: readonly string[], options: CacheOptions & TypeCheckOptions = {}): CachedTypeCheck {
  const path = resolve(entry);
  const checker = findCheckerTypescript(dirname(path));
  const lookup = lookUp(path, userFiles, checker, options);
  if ("hit" in lookup) return lookup.hit;
  return result(typeCheckOutcome(path, userFiles, checker, { watchInstalled: options.watchInstalled === true }), lookup, "process");
}

/**
 * As `typeCheckWithCache`, and on a miss asks the project's type-check server first (which
 * holds the parsed program from the last build); with none running, checks in this process
 * and starts one for the next build. The findings are the same either way.
 */
export async function typeCheckWithCacheAsync(entry: string, userFiles: readonly string[], options: CacheOptions & TypeCheckOptions & { readonly server?: TypeCheckServerUse }): Promise<CachedTypeCheck> {
  const path = resolve(entry);
  const checker = findCheckerTypescript(dirname(path));
  const lookup = lookUp(path, userFiles, checker, options);
  if ("hit" in lookup) return lookup.hit;
  if (!options.server) return result(typeCheckOutcome(path, userFiles, checker, { watchInstalled: options.watchInstalled === true }), lookup, "process");
  const { outcome, checkedBy } = await checkThroughServer(path, userFiles, checker, options.server);
  return result(outcome, lookup, checkedBy);
}
