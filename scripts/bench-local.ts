// Per-step timings of the Abalone example run locally: for each step, the median over N runs of
// its wall time, its job's own time, and what sagepipe added (staging, sandbox, upload).
//   tsx scripts/bench-local.ts [runs=3] [--sample]
// Uses the full UCI data set from ../shared/data unless --sample (the example's own 200 rows).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPipelines } from "@sagepipe/compiler";
import { runLocal, type RunRecord } from "@sagepipe/local";

const root = new URL("..", import.meta.url).pathname;
const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 3);
const sample = process.argv.includes("--sample");
const built = await buildPipelines(join(root, "examples/abalone/pipeline.ts"));
const pipeline = built.pipelines[0];
if (!built.ok || !pipeline) throw new Error("the example did not build; run sagepipe build examples/abalone/pipeline.ts");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const records: RunRecord[] = [];
const dir = await mkdtemp(join(tmpdir(), "sagepipe-bench-local-"));
try {
  for (let i = 0; i < runs; i++) {
    records.push(
      await runLocal({
        definition: pipeline.definition,
        pipelineName: pipeline.name,
        assets: pipeline.assets,
        workspace: join(dir, `run${i}`, ".sagepipe"),
        seedDirs: [join(root, "examples/abalone/local-store")],
        python: process.env.SAGEPIPE_PYTHON ?? "/usr/bin/python3",
        parameters: sample ? {} : { InputData: join(root, "../shared/data/abalone-dataset.csv") },
      }),
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log(`| step | type | wall (ms) | job (ms) | sagepipe (ms) |\n|---|---|---|---|---|`);
for (const s of records[0]!.steps) {
  const all = records.map((r) => r.steps.find((x) => x.name === s.name)!);
  if (all.some((x) => x.status !== "Succeeded")) continue;
  const col = (k: "durationMs" | "jobMs" | "overheadMs") => (all[0]![k] === undefined ? "-" : String(median(all.map((x) => x[k]!))));
  console.log(`| ${s.name} | ${s.type} | ${col("durationMs")} | ${col("jobMs")} | ${col("overheadMs")} |`);
}
console.log(`\nwhole run (median of ${runs}): ${median(records.map((r) => r.durationMs!))} ms; statuses: ${records.map((r) => r.status).join(", ")}`);
