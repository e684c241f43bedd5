// A build whose inputs have not changed reuses its previous result outright: the output it
// printed is printed again and nothing is loaded, checked, evaluated or written. This module is
// what the `sagepipe build` command reads before it loads the compiler (only node: modules and
// the cache's location), so a warm build costs Node's start and a few hundred `stat`s.
//
// A record (node_modules/.cache/sagepipe/builds/<key>.json) is kept for a build that succeeded
// with nothing to report, from a pipeline whose result depends on its files only (see
// ./build-purity.ts). It holds, as digests:
//   - the inputs: every file the build read (the pipeline's TypeScript files, the tsconfig and
//     package.json files the type check read, the code it staged: files and whole folders);
//   - the probes: for each folder from the entry's up to the root, whether it holds a
//     tsconfig.json and a package.json (one appearing changes what the type check reads);
//   - sagepipe itself: size and mtime of every module of the @sagepipe packages in use, the
//     install's lock marker (node_modules/.package-lock.json or .modules.yaml, which change
//     with any installed TypeScript or @types), and Node's version;
//   - the outputs: the written definitions and manifests (sha256) and staged assets (size).
// Any difference, or anything unreadable, is a miss: the build runs as usual.
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { cachesTurnedOff, factsCacheDir } from "./cache-location.ts";

/** Everything that selects a build and shapes what it prints. */
export interface WarmBuildKey {
  readonly entry: string;
  readonly outDir: string;
  readonly only: readonly string[];
  readonly typecheck: boolean;
  /** How the result is printed (e.g. "text", "json", with or without colour) and from where. */
  readonly output: string;
  readonly cwd: string;
  /** The folder of the package running the build (the CLI's), part of sagepipe's identity. */
  readonly toolDir: string;
}

/** One line the build printed, to stdout or stderr. */
export type PrintedLine = readonly ["out" | "err", string];

/** A kept record of a build, as stored. */
export interface BuildRecord {
  readonly format: typeof RECORD_FORMAT;
  readonly identity: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly probes: Readonly<Record<string, boolean>>;
  readonly outputs: Readonly<Record<string, string>>;
  readonly printed: readonly PrintedLine[];
}

export const RECORD_FORMAT = "sagepipe-build/1";

/** The record's file for this key, or undefined when caches are off or there is no place for them. */
export function buildRecordPath(key: WarmBuildKey, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (cachesTurnedOff(env)) return undefined;
  const facts = factsCacheDir(key.entry, {}, env);
  if (!facts) return undefined;
  const name = createHash("sha256").update(JSON.stringify([RECORD_FORMAT, key])).digest("hex").slice(0, 32);
  return join(dirname(facts), "builds", `${name}.json`);
}

/** What to print again when the previous build of `key` is still the result, else undefined. */
export function warmBuild(key: WarmBuildKey, env: NodeJS.ProcessEnv = process.env): readonly PrintedLine[] | undefined {
  const file = buildRecordPath(key, env);
  if (!file) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as BuildRecord;
    if (record.format !== RECORD_FORMAT || record.identity !== sagepipeIdentity(key)) return undefined;
    for (const [file, had] of Object.entries(record.probes)) if (probe(file) !== had) return undefined;
    for (const [path, digest] of Object.entries(record.inputs)) if (digestOf(path) !== digest) return undefined;
    for (const [path, digest] of Object.entries(record.outputs)) if (outputDigest(path, digest) !== digest) return undefined;
    return record.printed;
  } catch {
    return undefined;
  }
}

/** A file's sha256, or a folder's (names and contents, in order); a link or anything else fails. */
export function digestOf(path: string): string {
  const stat = lstatSync(path);
  if (stat.isFile()) return `f:${createHash("sha256").update(readFileSync(path)).digest("hex")}`;
  if (!stat.isDirectory()) throw new Error(`not a file or folder: ${path}`);
  const hash = createHash("sha256");
  for (const name of readdirSync(path).sort()) hash.update(`\u0000${name}\u0000${digestOf(join(path, name))}`);
  return `d:${hash.digest("hex")}`;
}

/** An output's digest as recorded: sha256 for definitions and manifests, size for assets. */
export function outputDigest(path: string, recorded?: string): string {
  if (recorded?.startsWith("size:") ?? path.includes("/assets/")) return `size:${statSync(path).size}`;
  return digestOf(path);
}

/** Whether each folder from `entry`'s up holds a tsconfig.json and a package.json. */
export function probesFor(entry: string): Record<string, boolean> {
  const probes: Record<string, boolean> = {};
  for (let dir = dirname(entry); ; dir = dirname(dir)) {
    for (const name of ["tsconfig.json", "package.json"]) probes[join(dir, name)] = probe(join(dir, name));
    if (dirname(dir) === dir) return probes;
  }
}

function probe(file: string): boolean {
  return existsSync(file);
}

/**
 * sagepipe as installed: Node's version; the tool's package and the @sagepipe packages it
 * depends on (found as Node finds them): their package.json when installed, size and mtime of
 * every module in the workspace; the lock marker of the node_modules above the entry. Editing
 * a package in the workspace, or any install, changes it.
 */
export function sagepipeIdentity(key: WarmBuildKey): string {
  const hash = createHash("sha256").update(process.version);
  const packages = new Map<string, string>();
  const visit = (dir: string) => {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
      if (!dep.startsWith("@sagepipe/") || packages.has(dep)) continue;
      const found = installedPackage(dir, dep);
      packages.set(dep, found);
      visit(found);
    }
  };
  packages.set("(tool)", key.toolDir);
  visit(key.toolDir);
  packages.set("(compiler)", fileURLToPath(new URL("../../", import.meta.url)));
  for (const [name, dir] of [...packages].sort(([a], [b]) => (a < b ? -1 : 1))) {
    hash.update(`\u0000${name}\u0000${dir}`);
    // An installed package changes only with an install, which the lock marker below records;
    // the workspace's packages change with every edit.
    const installed = dir.split(sep).includes("node_modules");
    for (const folder of installed ? ["package.json"] : ["src", "dist", "bin", "package.json"]) stamp(hash, join(dir, folder));
  }
  for (let dir = dirname(key.entry); ; dir = dirname(dir)) {
    const modules = join(dir, "node_modules");
    if (existsSync(modules)) {
      for (const marker of [".package-lock.json", ".modules.yaml", ".yarn-state.yml"]) stamp(hash, join(modules, marker));
      break;
    }
    if (dirname(dir) === dir) break;
  }
  return hash.digest("hex");
}

/** Adds path, size and mtime of a file, or of every file in a folder (node_modules and caches left out). */
function stamp(hash: ReturnType<typeof createHash>, path: string): void {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    hash.update(`\u0000-${path}`);
    return;
  }
  if (!stat.isDirectory()) {
    hash.update(`\u0000${path}\u0000${stat.size}\u0000${stat.mtimeMs}`);
    return;
  }
  for (const name of readdirSync(path).sort()) if (name !== "node_modules" && !name.startsWith(".")) stamp(hash, join(path, name));
}

/** The folder of package `name` as Node finds it from `fromDir` (links resolved). */
function installedPackage(fromDir: string, name: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(dir) === dir) throw new Error(`cannot find ${name} from ${fromDir}`);
  }
}
