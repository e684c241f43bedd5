// A local run of 20,000 Condition steps in a chain (no job, no container) finishes, with every
// step recorded in run.json. The runner's cost per step stays near-constant as the chain grows
// (the scheduler's heap, run.json saved lazily for record-only steps); the time is measured in
// scripts/bench-local-chain.ts, never asserted here.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { listLocalRuns, runLocal, type RunRecord } from "@sagepipe/local";
import { conditionChain } from "./condition-chain.ts";
import { workspace } from "./support.ts";

const t = suite("a long chain run locally");

t("20,000 chained Condition steps all succeed, in order, and run.json holds each", async () => {
  const ws = await workspace("long-chain");
  try {
    const n = 20_000;
    const record = await runLocal({ definition: conditionChain(n), pipelineName: "Chain", workspace: ws.workspace });
    assert.is(record.status, "Succeeded", record.failureReason);
    const onDisk = JSON.parse(readFileSync(join(ws.workspace, "runs", record.runId, "run.json"), "utf8")) as RunRecord;
    assert.is(onDisk.status, "Succeeded");
    assert.is(onDisk.steps.length, n);
    assert.ok(onDisk.steps.every((s, i) => s.name === `Check${i}` && s.status === "Succeeded" && s.attempt === 1 && s.condition?.outcome === true), "every step succeeded once");
    const starts = onDisk.steps.map((s) => Date.parse(s.startedAt!));
    assert.ok(starts.every((at, i) => i === 0 || at >= starts[i - 1]!), "each step started after the one it depends on");
    assert.not.ok(existsSync(join(ws.workspace, "runs", record.runId, "steps")), "no folder per step without a job");
    assert.equal((await listLocalRuns(ws.workspace)).map((r) => [r.runId, r.status]), [[record.runId, "Succeeded"]]);
  } finally {
    await ws.remove();
  }
});

t.run();
