// Times validateDefinition on the Abalone golden: the first call (loads the compiled schema
// and the property trees) and the mean of later calls. Target: under 50 ms per call.
//   tsx scripts/bench-validate.ts [runs]
import { readFileSync } from "node:fs";

const runs = Number(process.argv[2] ?? 200);
const golden = new URL("../../shared/conformance/goldens/abalone.json", import.meta.url);
const definition: unknown = JSON.parse(readFileSync(golden, "utf8"));

const t0 = performance.now();
const { validateDefinition } = await import("../packages/validate/src/index.ts");
const t1 = performance.now();
const first = validateDefinition(definition);
const t2 = performance.now();
for (let i = 0; i < runs; i++) validateDefinition(definition);
const t3 = performance.now();

if (first.length) throw new Error(`abalone.json should be valid; got ${first.length} issue(s)`);
const ms = (n: number) => `${n.toFixed(2)} ms`;
console.log(`import @sagepipe/validate: ${ms(t1 - t0)}`);
console.log(`first call:                ${ms(t2 - t1)}`);
console.log(`per call after the first:  ${ms((t3 - t2) / runs)} (mean of ${runs}, abalone.json, Node ${process.version})`);
