// The sagepipe CLI package's own folder and package.json, found from this module's location:
// the nearest package.json named `sagepipe` above it. That holds for the workspace sources, a
// compiled dist/ folder and an installed package alike (and for the CLI bundle, which keeps
// each module's import.meta.url).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The fields of a package.json the CLI reads. */
export interface PackageJson {
  readonly name?: string;
  readonly version?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

export function readPackageJson(file: string): PackageJson {
  return JSON.parse(readFileSync(file, "utf8")) as PackageJson;
}

/** The folder of the nearest package.json at or above `start` whose name is `name`, or undefined. */
export function findPackageDir(start: string, name: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file) && readPackageJson(file).name === name) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

let cached: string | undefined;
/** The CLI package's folder (holding its package.json and templates/). */
export function cliPackageDir(): string {
  cached ??= findPackageDir(dirname(fileURLToPath(import.meta.url)), "sagepipe");
  if (!cached) throw new Error(`no package.json named "sagepipe" above ${fileURLToPath(import.meta.url)}`);
  return cached;
}

/** The CLI package's version, as `sagepipe --version` prints it. */
export function cliVersion(): string {
  return readPackageJson(join(cliPackageDir(), "package.json")).version ?? "unknown";
}

/**
 * The package.json of a dependency of the CLI, found as Node finds packages: in
 * `node_modules/<name>` of the CLI's folder or of a folder above it (npm installs it beside
 * the CLI, pnpm links it inside). Reads the file directly, so a package's `exports` need not
 * list its package.json.
 */
export function dependencyPackageJson(name: string): PackageJson | undefined {
  for (let dir = cliPackageDir(); ; dir = dirname(dir)) {
    const file = join(dir, "node_modules", name, "package.json");
    if (!dir.endsWith("/node_modules") && existsSync(file)) return readPackageJson(file);
    if (dirname(dir) === dir) return undefined;
  }
}
