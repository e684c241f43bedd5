import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";

/** The nearest package.json in `dir` or above it (the one that decides a file's module type). */
export function nearestPackageJson(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const file = join(d, "package.json");
    if (existsSync(file)) return file;
    if (dirname(d) === d) return undefined;
  }
}

/**
 * The folder of an installed package as Node's lookup finds it from `dir` (the first
 * `node_modules/<name>/package.json` in it or above), with links resolved; undefined when
 * none. Uses no `exports`, so it works whatever a package exports.
 */
export function installedPackageDir(dir: string, name: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const pkg = join(d, "node_modules", name, "package.json");
    if (existsSync(pkg)) {
      try {
        return realpathSync(dirname(pkg));
      } catch {
        return dirname(pkg);
      }
    }
    if (dirname(d) === d) return undefined;
  }
}

/** A package.json's fields, or undefined when it cannot be read as JSON. */
export function readPackageJson(file: string): { type?: unknown; version?: unknown; name?: unknown } | undefined {
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as unknown;
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
