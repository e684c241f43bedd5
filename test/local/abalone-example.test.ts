// The README's commands: `sagepipe run --local examples/abalone/pipeline.ts`, on the full data
// set and on the example's own sample (which local-store/ beside the entry provides).
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { listLocalModels } from "@sagepipe/local";
import { main } from "../../packages/cli/src/main.ts";
import { SAMPLE_FILES } from "../../examples/abalone/generate-sample-data.ts";
import { PYTHON, SHARED } from "./support.ts";

const REPO = new URL("../../", import.meta.url).pathname;
const ENTRY = join(REPO, "examples/abalone/pipeline.ts");

function capture(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s), isTTY: false, cwd, env: {} }, out: () => out.join("\n"), err: () => err.join("\n") };
}

const t = suite("sagepipe run --local examples/abalone/pipeline.ts");

t("the committed sample data is what the generator writes", () => {
  for (const [file, make] of Object.entries(SAMPLE_FILES)) {
    assert.is(readFileSync(join(REPO, "examples/abalone", file), "utf8"), make(), `${file}: run tsx examples/abalone/generate-sample-data.ts`);
  }
});

t("succeeds on the full data set (model registered, batch transform written), and takes the Fail branch at MSE 0.1", async () => {
  const cwd = await mkdtemp(join(tmpdir(), "sagepipe-local-example-"));
  try {
    const full = capture(cwd);
    const code = await main(["run", "--local", ENTRY, "--python", PYTHON, "--param", `InputData=file://${join(SHARED, "data/abalone-dataset.csv")}`], full.io);
    assert.is(code, 0, full.out() + full.err());
    const runId = /as run ([a-z0-9]{12})/.exec(full.out())![1]!;
    const report = JSON.parse(readFileSync(join(cwd, ".sagepipe/s3/my-bucket/AbalonePipeline", runId, "AbaloneEval/output/evaluation/evaluation.json"), "utf8"));
    assert.ok(report.regression_metrics.mse.value < 6, `MSE ${report.regression_metrics.mse.value}`);
    assert.equal((await listLocalModels(join(cwd, ".sagepipe"))).packages.map((p) => p.ModelPackageVersion), [1]);
    assert.is(readFileSync(join(cwd, ".sagepipe/s3/my-bucket/AbaloneTransform/abalone-dataset-batch.out"), "utf8").trim().split("\n").length, 50);

    const strict = capture(cwd);
    assert.is(await main(["run", "--local", ENTRY, "--python", PYTHON, "--param", "MseThreshold=0.1"], strict.io), 1);
    assert.match(strict.out(), /  ok      AbaloneMSECond +false \([0-9.]+ <= 0.1 is false\)/);
    assert.match(strict.out(), /Run [a-z0-9]{12} failed: AbaloneMSEFail: Execution failed due to MSE > 0.1/);
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
});

t.run();
