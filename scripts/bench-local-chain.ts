// Wall time of a local run of a chain of N Condition steps (no jobs, no containers), each
// depending on the one before: what the runner itself costs per step (its record, its scheduler).
//   tsx scripts/bench-local-chain.ts [sizes=1000,2000,5000,20000]
// Prints a table of N, total ms and µs per step; near-constant µs per step means near-linear.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runLocal } from "@sagepipe/local";
import { conditionChain } from "../test/local/condition-chain.ts";

const sizes = (process.argv[2] ?? "1000,2000,5000,20000").split(",").map(Number);
console.log("| steps | run (ms) | per step (µs) |\n|---|---|---|");
for (const n of sizes) {
  const dir = await mkdtemp(join(tmpdir(), "sagepipe-bench-chain-"));
  try {
    const started = performance.now();
    const record = await runLocal({ definition: conditionChain(n), pipelineName: "Chain", workspace: join(dir, ".sagepipe") });
    const ms = performance.now() - started;
    if (record.status !== "Succeeded") throw new Error(`the chain of ${n} ended ${record.status}: ${record.failureReason}`);
    console.log(`| ${n} | ${Math.round(ms)} | ${Math.round((ms * 1000) / n)} |`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
