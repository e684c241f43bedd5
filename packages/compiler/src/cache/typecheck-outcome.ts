import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { CheckerTypescript } from "../typecheck/checker-typescript.ts";
import { runTypeCheck, type TypeCheckOptions } from "../typecheck/type-check.ts";
import { fileRecord, type CachedSource } from "./cache-entry.ts";

/**
 * A type check's findings and what they were made from, as plain data: what the type-check
 * cache stores, and what the type-check server sends back (the same in-process and through it).
 */
export interface TypeCheckOutcome {
  readonly diagnostics: readonly Diagnostic[];
  /** Every file the program read, hashed (a file of an installed package stands for by its package.json). */
  readonly sources: readonly CachedSource[];
  /** Paths looked for and missing that may appear (see `mayAppear`). */
  readonly absent: readonly string[];
  /** Paths that resolved through symbolic links, and where to. */
  readonly links: readonly (readonly [string, string])[];
  /**
   * Installed packages whose declarations changed since the checking process last read them (a
   * package reinstalled while a watch runs), by name. Not stored in the cache.
   */
  readonly changedPackages?: readonly string[];
}

/** The files of an outcome outside node_modules: the user's files, the tsconfig files, package.json files (what a watch watches). */
export const ownFiles = (paths: Iterable<string>): string[] => [...paths].filter((p) => !p.includes("/node_modules/"));

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
  const pkg = installedPackageOf(path);
  return pkg && `${pkg.dir}/package.json`;
}

/** The installed package a file under node_modules is in: its name (`name` or `@scope/name`) and folder. */
function installedPackageOf(path: string): { readonly name: string; readonly dir: string } | undefined {
  const at = path.lastIndexOf("/node_modules/");
  if (at < 0) return undefined;
  const inside = path.slice(at + "/node_modules/".length).split("/");
  const depth = inside[0]?.startsWith("@") ? 2 : 1;
  if (inside.length <= depth) return undefined;
  const name = inside.slice(0, depth).join("/");
  return { name, dir: `${path.slice(0, at)}/node_modules/${name}` };
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Type-checks the entry in this process (`runTypeCheck`) and describes what it read. */
export function typeCheckOutcome(entry: string, userFiles: readonly string[], checker: CheckerTypescript, options: TypeCheckOptions = {}): TypeCheckOutcome {
  const run = runTypeCheck(entry, userFiles, checker, options);
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
  return {
    diagnostics: run.diagnostics,
    sources: sources.sort((a, b) => byPath(a.path, b.path)),
    // Sorted: a program made afresh and one reusing the last (type-check.ts) record the same
    // paths in different orders, and the entry's text should not depend on it.
    absent: [...new Set([...run.config.absent, ...(run.inputs?.absent ?? [])])].filter(mayAppear).sort(),
    links: [...(run.inputs?.links ?? [])].sort(([a], [b]) => byPath(a, b)),
    ...changedPackagesOf(run.inputs?.changedInstalled),
  };
}

function changedPackagesOf(files: ReadonlySet<string> | undefined): { changedPackages?: readonly string[] } {
  const names = [...new Set([...(files ?? [])].map((f) => installedPackageOf(f)?.name).filter((n) => n !== undefined))].sort();
  return names.length ? { changedPackages: names } : {};
}
