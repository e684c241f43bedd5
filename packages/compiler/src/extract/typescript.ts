import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ts } from "ts-morph";
import { cachesTurnedOff } from "../cache/cache-location.ts";
import { requireWithCodeCache } from "./v8-code-cache.ts";

const require = createRequire(import.meta.url);
let loaded: typeof ts | undefined;
/** The copy `withTypescript` lends, while its function runs. */
let lent: typeof ts | undefined;

/**
 * The TypeScript compiler API (ts-morph's copy), loaded on first use. Extraction functions
 * start with `const ts = typescript();` and keep `import type { ts }` for the types; a build
 * answered from the facts cache (`../cache/`) never loads it.
 *
 * Loading it is most of a cold build's fixed cost, so two things make it cheaper:
 * - the extractor uses nothing of ts-morph but its `ts` export, which is the module
 *   `@ts-morph/common/dist/typescript.js` as it is; requiring that file alone skips ts-morph's
 *   own 4 MB of JavaScript (~0.09 s). If the file is not where ts-morph 28 keeps it, ts-morph
 *   is required as a whole;
 * - V8's code cache for that file (./v8-code-cache.ts), kept in
 *   `node_modules/.cache/sagepipe/v8` beside the compiler package unless `SAGEPIPE_CACHE=off`.
 */
export function typescript(): typeof ts {
  if (lent) return lent;
  if (loaded) return loaded;
  const file = bundledTypescriptFile();
  loaded = file
    ? (requireWithCodeCache(file, codeCacheDir()) as typeof ts)
    : (require("ts-morph") as typeof import("ts-morph")).ts;
  return loaded;
}

/** ts-morph's copy of the TypeScript compiler, if it is where ts-morph 28 keeps it. */
export function bundledTypescriptFile(): string | undefined {
  try {
    const tsMorph = require.resolve("ts-morph");
    const common = dirname(createRequire(tsMorph).resolve("@ts-morph/common"));
    const file = join(common, "typescript.js");
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Where V8's code cache of TypeScript is kept (undefined: `SAGEPIPE_CACHE=off`). */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (cachesTurnedOff(env)) return undefined;
  const compilerDir = fileURLToPath(new URL("../../", import.meta.url));
  return join(compilerDir, "node_modules", ".cache", "sagepipe", "v8");
}

/**
 * Runs `fn` with `api` as the TypeScript API of extraction: the editor plugin's, whose syntax
 * trees come from the language service's own copy of TypeScript (another version, other
 * `SyntaxKind` numbers than ts-morph's). Extraction is synchronous, so the copy is lent for
 * exactly the call.
 */
export function withTypescript<T>(api: typeof ts, fn: () => T): T {
  const before = lent;
  lent = api;
  try {
    return fn();
  } finally {
    lent = before;
  }
}
