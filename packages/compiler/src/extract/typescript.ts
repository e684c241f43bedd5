import { createRequire } from "node:module";
import type { ts } from "ts-morph";

const require = createRequire(import.meta.url);
let loaded: typeof ts | undefined;

/**
 * The TypeScript compiler API (ts-morph's copy), loaded on first use. Loading it costs about
 * 0.4 s, so extraction asks for it only when it runs: a build answered from the facts cache
 * (`../cache/`) never loads it. Extraction functions start with `const ts = typescript();`
 * and keep `import type { ts }` for the types.
 */
export function typescript(): typeof ts {
  return (loaded ??= (require("ts-morph") as typeof import("ts-morph")).ts);
}
