import { existsSync, readFileSync, statSync } from "node:fs";
import { writeFileAtomically } from "@sagepipe/core";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

/**
 * Requires one large CommonJS file (the TypeScript compiler: 9 MB of JavaScript) with V8's
 * code cache, as `v8-compile-cache` and Node 22's compile cache do: the first process saves
 * the compiled code of every function it ran, later processes start from it instead of
 * parsing and compiling again (on the 2-core bench machine TypeScript loads in ~0.08 s instead
 * of ~0.16 s).
 *
 * The cache file is named after the file's path, size and modification time and Node's V8
 * version; V8 itself rejects data that does not match the source, and a rejected, missing or
 * damaged cache only means compiling as usual and saving a new one (written to a temp file
 * and renamed, at process exit, once everything the process needed is compiled).
 * `cacheDir` undefined: plain `require`. Either way a later `require(file)` returns the same module.
 */
export function requireWithCodeCache(file: string, cacheDir: string | undefined): unknown {
  const require = createRequire(file);
  if (cacheDir === undefined) return require(file);
  let source: string;
  let key: string;
  try {
    source = readFileSync(file, "utf8");
    const s = statSync(file);
    key = createHash("sha256").update(`${file}\0${s.size}\0${s.mtimeMs}\0${process.versions.v8}`).digest("hex").slice(0, 32);
  } catch {
    return require(file);
  }
  const cacheFile = join(cacheDir, `${key}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapper, { filename: file, ...(cachedData ? { cachedData } : {}) });
  if (cachedData === undefined || script.cachedDataRejected) process.once("exit", () => saveCodeCache(script, file, cacheFile));
  const module = { exports: {} as unknown, filename: file, id: file, loaded: false, children: [], paths: [], path: dirname(file) };
  // Registered like a required module, so a later `require` of the same file gets this instance.
  require.cache[file] = module as unknown as NodeJS.Module;
  const run = script.runInThisContext() as (e: unknown, r: NodeJS.Require, m: typeof module, f: string, d: string) => void;
  try {
    run.call(module.exports, module.exports, require, module, file, dirname(file));
  } catch (e) {
    delete require.cache[file];
    throw e;
  }
  module.loaded = true;
  return module.exports;
}

function saveCodeCache(script: Script, file: string, cacheFile: string): void {
  // The file is gone (its package removed while this process ran, as a temp project is): its
  // cache is of no use, and writing it would make the removed folders again.
  if (!existsSync(file)) return;
  try {
    writeFileAtomically(cacheFile, script.createCachedData());
  } catch {
    // An unwritable folder only costs the speed-up.
  }
}
