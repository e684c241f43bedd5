// Steps with CacheConfig reuse an earlier run's outputs while their key arguments hash the same
// and the entry has not expired.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { runLocal, type RunRecord } from "@sagepipe/local";
import { definition, input, output, outputOf, processing, PYTHON, workspace } from "./support.ts";

const SCRIPTS = {
  "prep.py": [
    "import os",
    "folder = '/opt/ml/processing/input'",
    "rows = [line for name in os.listdir(folder) if name.endswith('.csv') for line in open(os.path.join(folder, name)).read().split()]",
    "open('/opt/ml/processing/rows/count.txt', 'w').write(str(len(rows)))",
  ].join("\n"),
  "use.py": "open('/opt/ml/processing/report/report.txt', 'w').write('rows=' + open('/opt/ml/processing/rows/count.txt').read())\n",
};

const PIPELINE = definition(
  [
    processing("Prep", "prep.py", {
      inputs: [input("in", { Get: "Parameters.InputData" }, "/opt/ml/processing/input")],
      outputs: [output("Cached", "Prep", "rows")],
      extra: { CacheConfig: { Enabled: true, ExpireAfter: "PT1H" } },
    }),
    processing("Use", "use.py", { inputs: [input("rows", outputOf("Prep", "rows"), "/opt/ml/processing/rows")], outputs: [output("Cached", "Use", "report")] }),
  ],
  [{ Name: "InputData", Type: "String", DefaultValue: "s3://my-bucket/data/in.csv" }],
);

const step = (r: RunRecord, name: string) => r.steps.find((s) => s.name === name)!;
const report = (dir: string, r: RunRecord) => readFileSync(join(dir, "my-bucket", "Cached", r.runId, "Use", "output", "report", "report.txt"), "utf8");

const t = suite("step caching");

t("reuses the outputs of an earlier run until the entry expires or the inputs change", async () => {
  const ws = await workspace("cache");
  try {
    await ws.put("s3://my-bucket/data/in.csv", "1\n2\n3\n");
    await ws.put("s3://my-bucket/data/other.csv", "1\n2\n");
    let clock = new Date("2024-05-01T10:00:00Z");
    const options = { definition: PIPELINE, pipelineName: "Cached", assets: await ws.scripts(SCRIPTS), workspace: ws.workspace, python: PYTHON, now: () => clock };

    const first = await runLocal(options);
    assert.is(first.status, "Succeeded");
    assert.is(step(first, "Prep").cache, undefined);
    assert.is(report(ws.store, first), "rows=3");

    clock = new Date("2024-05-01T10:30:00Z");
    const second = await runLocal(options);
    const cached = step(second, "Prep");
    assert.equal(cached.cache, { runId: first.runId, stepName: "Prep", createdAt: "2024-05-01T10:00:00.000Z" });
    assert.is(cached.log, undefined);
    assert.not.ok(existsSync(join(ws.workspace, "runs", second.runId, "steps", "Prep")), "a cached step runs no job");
    assert.equal(cached.outputs, [`s3://my-bucket/Cached/${first.runId}/Prep/output/rows/count.txt`]);
    assert.is(step(second, "Use").cache, undefined);
    assert.is(report(ws.store, second), "rows=3");

    const changed = await runLocal({ ...options, parameters: { InputData: "s3://my-bucket/data/other.csv" } });
    assert.is(step(changed, "Prep").cache, undefined);
    assert.is(report(ws.store, changed), "rows=2");

    clock = new Date("2024-05-01T11:30:00Z");
    const expired = await runLocal(options);
    assert.is(step(expired, "Prep").cache, undefined, "the entry of 10:00 expired at 11:00");

    rmSync(join(ws.store, "my-bucket", "Cached", expired.runId), { recursive: true });
    const gone = await runLocal(options);
    assert.is(step(gone, "Prep").cache, undefined, "outputs deleted from the store are not reused");
    assert.is(report(ws.store, gone), "rows=3");
  } finally {
    await ws.remove();
  }
});

t("a CacheConfig with a bad ExpireAfter stops the run before it starts and says how to write it", async () => {
  const ws = await workspace("cache-bad");
  try {
    await ws.put("s3://my-bucket/data/in.csv", "1\n");
    const bad = definition([processing("Prep", "prep.py", { inputs: [input("in", "s3://my-bucket/data/in.csv", "/opt/ml/processing/input")], outputs: [output("Cached", "Prep", "rows")], extra: { CacheConfig: { Enabled: true, ExpireAfter: "tomorrow" } } })]);
    const run = runLocal({ definition: bad, pipelineName: "Cached", assets: await ws.scripts(SCRIPTS), workspace: ws.workspace, python: PYTHON });
    const error = await run.then(() => "ran", (e: Error & { exitCode?: number }) => `${e.exitCode} ${e.message}`);
    assert.match(error, '1 sagepipe run --local: cannot start the run:\n  definition /Steps/0/CacheConfig/ExpireAfter: In step "Prep" (Processing), ExpireAfter: expected an ISO 8601 duration');
    assert.is(existsSync(join(ws.workspace, "runs")), false, "nothing was written to runs/");
  } finally {
    await ws.remove();
  }
});

t.run();
