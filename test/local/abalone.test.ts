// The Abalone pipeline the SDK emits (the conformance golden), run locally on the full UCI data
// set: the tutorial's own scripts, the XGBoost adapter, the condition, registration and batch
// transform; then again with a threshold of 0.1, reusing the cached jobs and taking the Fail branch.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { listLocalModels, runLocal, type RunRecord } from "@sagepipe/local";
import { PYTHON, SHARED, workspace } from "./support.ts";

const REPO = new URL("../../", import.meta.url).pathname;
const CODE = "s3://my-bucket/AbalonePipelineModern/code";
const ASSETS = [
  { s3Uri: `${CODE}/ed047ae1e1712e42d0667e659ab35f31c8a23a3ea88e7a762a392d0bb6b0d6ea/preprocessing.py`, localPath: join(SHARED, "conformance/abalone/preprocessing.py") },
  { s3Uri: `${CODE}/e1e9233d3dca17419d8fc0b23112e796757efb04ea54de7503279386c4eb996b/evaluation.py`, localPath: join(SHARED, "conformance/abalone/evaluation.py") },
];

/** The golden definition, with caching turned on for the three jobs. */
function abaloneWithCache(): Record<string, unknown> {
  const def = JSON.parse(readFileSync(join(SHARED, "conformance/goldens/abalone_pipeline_session.json"), "utf8")) as { Steps: Record<string, unknown>[] };
  for (const s of def.Steps) if (s.Type !== "Condition") s.CacheConfig = { Enabled: true, ExpireAfter: "P1D" };
  return def;
}

const step = (r: RunRecord, name: string) => r.steps.find((s) => s.name === name)!;

const t = suite("Abalone, end to end");

t("succeeds on the full data set, then fails with MSE > 0.1 without rerunning the jobs", async () => {
  const ws = await workspace("abalone");
  try {
    const options = {
      definition: abaloneWithCache(),
      pipelineName: "AbalonePipelineModern",
      assets: ASSETS,
      workspace: ws.workspace,
      python: PYTHON,
      seedDirs: [join(REPO, "examples/abalone/local-store")],
    };
    const run = await runLocal({ ...options, parameters: { InputData: `file://${join(SHARED, "data/abalone-dataset.csv")}` } });
    assert.is(run.status, "Succeeded", run.failureReason);
    assert.match(run.parameters.InputData as string, /^s3:\/\/sagepipe-local-inputs\/[0-9a-f]{16}\/abalone-dataset.csv$/);
    const report = JSON.parse(readFileSync(join(ws.store, "my-bucket/AbalonePipelineModern", run.runId, "AbaloneEval/output/evaluation/evaluation.json"), "utf8"));
    const mse = report.regression_metrics.mse.value as number;
    assert.ok(mse > 0 && mse < 6, `MSE ${mse} is below the threshold 6`);
    assert.equal(step(run, "AbaloneMSECond").condition, { outcome: true, reasons: [`${mse} <= 6.0 is true`] });
    assert.is(step(run, "AbaloneMSEFail").status, "Skipped");
    const train = step(run, "AbaloneTrain");
    assert.equal((train.properties!.FinalMetricDataList as { MetricName: string }[]).map((m) => m.MetricName), ["train:rmse", "validation:rmse"]);
    const packages = (await listLocalModels(ws.workspace)).packages;
    assert.equal(packages.map((p) => [p.ModelPackageGroupName, p.ModelPackageVersion, p.ModelApprovalStatus]), [["AbaloneModelPackageGroupName", 1, "PendingManualApproval"]]);
    const predictions = readFileSync(join(ws.store, "my-bucket/AbaloneTransform/abalone-dataset-batch.out"), "utf8").trim().split("\n");
    assert.is(predictions.length, 50);
    assert.ok(predictions.every((p) => Number(p) > 0 && Number(p) < 30), "predictions are ring counts");
    for (const name of ["AbaloneProcess", "AbaloneTrain", "AbaloneEval", "AbaloneTransform"]) {
      const s = step(run, name);
      assert.ok(s.overheadMs! < 1500, `${name}: sagepipe's own time ${s.overheadMs} ms (the target is 100 ms, measured in docs/benchmarks.md; this bound only catches gross regressions on a loaded machine)`);
    }

    const strict = await runLocal({ ...options, parameters: { InputData: `file://${join(SHARED, "data/abalone-dataset.csv")}`, MseThreshold: "0.1" } });
    assert.is(strict.status, "Failed");
    assert.is(strict.failureReason, "AbaloneMSEFail: Execution failed due to MSE > 0.1");
    for (const name of ["AbaloneProcess", "AbaloneTrain", "AbaloneEval"]) assert.is(step(strict, name).cache?.runId, run.runId, `${name} is reused`);
    assert.equal(step(strict, "AbaloneMSECond").condition, { outcome: false, reasons: [`${mse} <= 0.1 is false`] });
    assert.equal(["AbaloneRegisterModel-RegisterModel", "AbaloneCreateModel-CreateModel", "AbaloneTransform"].map((n) => step(strict, n).status), ["Skipped", "Skipped", "Skipped"]);
    assert.is((await listLocalModels(ws.workspace)).packages.length, 1);
  } finally {
    await ws.remove();
  }
});

t.run();
