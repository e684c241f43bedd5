import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";

// The README's main job, as a user runs it: `tsx build-pipeline.ts` in the example's folder.
// A copy of the example is built inside the repository (so it resolves the workspace packages).
const ROOT = new URL("../../", import.meta.url).pathname;
const TSX = join(ROOT, "node_modules/.bin/tsx");
const GOLDEN = new URL("../../../shared/conformance/raw/abalone_pipeline_session.json", import.meta.url).pathname;
const t = suite("examples/abalone");
let dir = "";

t.before(() => {
  dir = mkdtempSync(join(ROOT, "test", ".tmp-abalone-"));
  cpSync(join(ROOT, "examples/abalone"), dir, { recursive: true, filter: (src) => !src.includes("/out") && !src.includes("node_modules") });
});
t.after(() => rmSync(dir, { recursive: true, force: true }));

t("tsx build-pipeline.ts writes out/AbalonePipeline.json equal to the SDK's definition (after the name)", () => {
  const log = execFileSync(TSX, ["build-pipeline.ts"], { cwd: dir, encoding: "utf8" });
  assert.match(log, /built AbalonePipeline -> \S*\/out\/AbalonePipeline\.json \(\d+ bytes, 2 assets\)/);
  const ours = readFileSync(join(dir, "out/AbalonePipeline.json"), "utf8");
  const golden = readFileSync(GOLDEN, "utf8").replaceAll("AbalonePipelineModern", "AbalonePipeline");
  assert.equal(JSON.parse(ours), JSON.parse(golden));
  // The SDK's key order, 2-space indent.
  assert.is(ours, JSON.stringify(JSON.parse(golden), null, 2) + "\n");
});

t("the assets are staged with a manifest whose hashes match the bytes", () => {
  const manifest = JSON.parse(readFileSync(join(dir, "out/AbalonePipeline.assets.json"), "utf8")) as { assets: { s3Uri: string; file: string; bytes: number }[] };
  assert.equal(manifest.assets.map((a) => a.s3Uri), [
    "s3://my-bucket/AbalonePipeline/code/ed047ae1e1712e42d0667e659ab35f31c8a23a3ea88e7a762a392d0bb6b0d6ea/preprocessing.py",
    "s3://my-bucket/AbalonePipeline/code/e1e9233d3dca17419d8fc0b23112e796757efb04ea54de7503279386c4eb996b/evaluation.py",
  ]);
  for (const a of manifest.assets) assert.is(readFileSync(join(dir, "out", a.file)).length, a.bytes);
});

t("two builds are byte-identical", () => {
  const first = readFileSync(join(dir, "out/AbalonePipeline.json"));
  // Caches off: a build from scratch, not the previous result reused.
  execFileSync(TSX, ["build-pipeline.ts"], { cwd: dir, encoding: "utf8", env: { ...process.env, SAGEPIPE_CACHE: "off" } });
  assert.ok(first.equals(readFileSync(join(dir, "out/AbalonePipeline.json"))));
});

t("a broken pipeline fails the build and leaves the previous output untouched", () => {
  const before = readFileSync(join(dir, "out/AbalonePipeline.json"), "utf8");
  const src = readFileSync(join(dir, "pipeline.ts"), "utf8");
  writeFileSync(join(dir, "pipeline.ts"), src.replace('code: "abalone/evaluation.py"', 'code: "abalone/missing.py"'));
  let failed = false;
  try {
    execFileSync(TSX, ["build-pipeline.ts"], { cwd: dir, encoding: "utf8", stdio: "pipe" });
  } catch (e) {
    failed = true;
    assert.match(String((e as { stderr: string }).stderr), /code file 'abalone\/missing\.py' was not found/);
  }
  assert.ok(failed);
  assert.is(readFileSync(join(dir, "out/AbalonePipeline.json"), "utf8"), before);
  writeFileSync(join(dir, "pipeline.ts"), src);
});

t.run();
