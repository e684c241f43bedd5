import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** Where the facts cache lives, and whether there is one. */
export interface CacheOptions {
  /**
   * Folder for cached extraction facts; `false` turns the cache off.
   * @default `SAGEPIPE_CACHE_DIR`, else `node_modules/.cache/sagepipe/facts` in the nearest
   * folder above the entry that has a node_modules; none with `SAGEPIPE_CACHE=off`.
   */
  readonly cacheDir?: string | false;
}

/** `SAGEPIPE_CACHE=off` (or 0, false, no): sagepipe reads and writes none of its caches. */
export function cachesTurnedOff(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(0|off|false|no)$/i.test(env.SAGEPIPE_CACHE ?? "");
}

/**
 * The folder for an entry's cached facts, or undefined for no cache. The default follows the
 * `node_modules/.cache/<tool>` convention (babel-loader, eslint, terser-webpack-plugin): it is
 * already ignored by version control and removed with node_modules.
 */
export function factsCacheDir(entry: string, options: CacheOptions = {}, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (options.cacheDir === false) return undefined;
  if (options.cacheDir !== undefined) return resolve(options.cacheDir);
  if (cachesTurnedOff(env)) return undefined;
  if (env.SAGEPIPE_CACHE_DIR) return resolve(env.SAGEPIPE_CACHE_DIR);
  for (let dir = dirname(resolve(entry)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "node_modules"))) return join(dir, "node_modules", ".cache", "sagepipe", "facts");
    if (dirname(dir) === dir) return undefined;
  }
}
