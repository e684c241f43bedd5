import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { STEP_KINDS, STEP_TYPES } from "@sagepipe/expressions";

/** The layout of a facts cache file; bump when it changes. */
export const CACHE_FORMAT = "sagepipe-facts/2";

const memo = new Map<string, string>();

/** A hash of the compiler's own sources in `src/<folder>/` (tests left out; compiled `dist/<folder>/*.js` when installed). */
export function sourcesVersion(folder: string): string {
  const known = memo.get(folder);
  if (known) return known;
  const hash = createHash("sha256");
  const dir = fileURLToPath(new URL(`../${folder}/`, import.meta.url));
  for (const name of readdirSync(dir).filter(isSourceModule).sort()) {
    hash.update(`\u0000${name}\u0000`).update(readFileSync(join(dir, name)));
  }
  const version = hash.digest("hex");
  memo.set(folder, version);
  return version;
}

/** The step-kind table as the version key sees it (a test passes another one). */
const STEP_KIND_TABLE = { STEP_KINDS, STEP_TYPES };

/**
 * Identifies the extractor that made a cache entry: a hash of the extractor's own sources
 * (`src/extract/*.ts`), the cache format, the step-kind table (which decorators make a step)
 * and the ts-morph version (which fixes TypeScript's). Any change to extraction code or to the
 * table therefore invalidates every entry, with no version to bump.
 */
export function extractorVersion(stepKinds: unknown = STEP_KIND_TABLE): string {
  const isDefault = stepKinds === STEP_KIND_TABLE;
  const known = isDefault ? memo.get("") : undefined;
  if (known) return known;
  const tsMorph = createRequire(import.meta.url).resolve("ts-morph/package.json");
  const digest = createHash("sha256").update(CACHE_FORMAT).update(sourcesVersion("extract"))
    .update(`\u0000step-kinds\u0000${JSON.stringify(stepKinds)}`)
    .update(`\u0000ts-morph\u0000${(JSON.parse(readFileSync(tsMorph, "utf8")) as { version: string }).version}`).digest("hex");
  if (isDefault) memo.set("", digest);
  return digest;
}

/** A module of the compiler: a source file in the workspace, compiled JavaScript when installed. */
function isSourceModule(name: string): boolean {
  return (name.endsWith(".ts") || name.endsWith(".js")) && !name.endsWith(".d.ts") && !name.includes(".test.");
}
