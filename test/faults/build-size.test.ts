// Size and depth on the build side: a chain of 20,000 steps is checked, built and validated
// with no stack overflow (every graph walk is a loop), and the expression depth limit is one
// number in the two packages that enforce it.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { INLINE_DEFINITION_LIMIT } from "@sagepipe/aws";
import { buildPipelines, checkEntry } from "@sagepipe/compiler";
import { MAX_EXPRESSION_DEPTH } from "@sagepipe/expressions";
import { MAX_EXPRESSION_DEPTH as VALIDATE_MAX_EXPRESSION_DEPTH, validateDefinition } from "@sagepipe/validate";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { MAX_DEFINITION_BYTES } from "../../packages/compiler/src/build.ts";
import { writeChain } from "../../scripts/gen-chain.ts";
import { tempProject } from "../support/temp-project.ts";

const t = suite("build: size and depth");
const dir = mkdtempSync(join(tmpdir(), "sagepipe-build-size-"));
t.after(() => rmSync(dir, { recursive: true, force: true }));

t("the expression depth limit is the same in @sagepipe/expressions and @sagepipe/validate", () => {
  assert.is(MAX_EXPRESSION_DEPTH, VALIDATE_MAX_EXPRESSION_DEPTH);
});

t("a chain of 20,000 steps: check, build and validate", async () => {
  const entry = writeChain(20000, join(dir, "chain"));
  const checked = checkEntry(entry, { cacheDir: false });
  assert.equal(checked.diagnostics.map((d) => d.code), []);
  assert.is(checked.facts.pipelines[0]!.steps.length, 22000, "20,000 processing steps and 2,000 conditions");
  const built = await buildPipelines(entry, { outDir: join(dir, "out"), cacheDir: false });
  assert.equal(built.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message}`), []);
  const definition = JSON.parse(readFileSync(join(dir, "out", "Chain20000.json"), "utf8")) as { Steps: unknown[] };
  assert.is(definition.Steps.length, 20000, "22,000 steps, 2,000 of them inside branches");
  assert.equal(validateDefinition(definition), []);
});

t("SP603's limit is the one deploy applies before it sends a definition through S3", () => {
  assert.is(MAX_DEFINITION_BYTES, INLINE_DEFINITION_LIMIT);
});

t("SP603 measures the definition as deploy sends it (compact), not the indented file", async () => {
  // 30 conditions, each a Not nested 97 deep: the indentation makes the file over 1 MB.
  const deep = `${"not(".repeat(97)}eq(this.stage, "prod")${")".repeat(97)}`;
  const project = tempProject("sp603", {
    "pipeline.ts": `import { Pipeline, Condition, Fail, condition, fail, not, eq, param } from "@sagepipe/core";
@Pipeline({ name: "Indented", region: "us-east-1", bucket: "my-bucket" })
export class Indented {
  stage = param.string("Stage", "dev");
  @Fail() f() { return fail("no"); }
  @Condition() c() {
    return condition({ conditions: [${Array(30).fill(deep).join(",\n      ")}], ifSteps: [this.f()] });
  }
}
`,
  });
  try {
    const built = await buildPipelines(project.path("pipeline.ts"), { outDir: project.path("out"), cacheDir: false });
    assert.equal(built.diagnostics.map((d) => d.code), []);
    const file = readFileSync(project.path("out/Indented.json"), "utf8");
    assert.ok(Buffer.byteLength(file) > 1024 * 1024, `the indented file is ${file.length} bytes`);
    assert.ok(Buffer.byteLength(JSON.stringify(JSON.parse(file))) < 200 * 1024, "compact, it is small");
  } finally {
    project.remove();
  }
});

t.run();
