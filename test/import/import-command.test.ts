// `sagepipe import` as a user runs it: writes the class where --out says, refuses bad input
// with one clear error and writes nothing, never overwrites a file unless told to.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { SHARED } from "../conformance/harness.ts";
import { sagepipe } from "../cli/memory-io.ts";
import { tempProject } from "../support/temp-project.ts";

const golden = (name: string) => readFileSync(join(SHARED, "goldens", `${name}.json`), "utf8");
const definition = (steps: unknown[], parameters: unknown[] = []) =>
  JSON.stringify({ Version: "2020-12-01", Metadata: {}, Parameters: parameters, PipelineExperimentConfig: null, Steps: steps }, null, 2);
const failStep = (name: string, message: unknown) => ({ Name: name, Type: "Fail", Arguments: { ErrorMessage: message } });

const project = tempProject("import-cli", {
  "json_get.json": golden("json_get"),
  "profiler.json": definition([
    {
      Name: "Train",
      Type: "Training",
      Arguments: {
        AlgorithmSpecification: { TrainingImage: "123456789012.dkr.ecr.us-east-1.amazonaws.com/img:1", TrainingInputMode: "File" },
        OutputDataConfig: { S3OutputPath: "s3://my-bucket/out" },
        StoppingCondition: { MaxRuntimeInSeconds: 86400 },
        ResourceConfig: { InstanceCount: 1, InstanceType: "ml.m5.large", VolumeSizeInGB: 30 },
        RoleArn: "arn:aws:iam::123456789012:role/R",
        ProfilerConfig: { DisableProfiler: true },
      },
    },
    failStep("Stop", { Get: "Steps.Train.ModelArtifacts.S3ModelArtifacts" }),
  ]),
  "broken.json": '{ "Version": "2020-12-01", "Steps": [\n',
  "not-a-definition.json": JSON.stringify({ pipeline: "mine", steps: [] }),
  "unknown-type.json": definition([{ Name: "Mystery", Type: "Teleport", Arguments: {} }]),
  "dangling.json": definition([failStep("Stop", { Get: "Parameters.Missing" })]),
  "two-fails.json": definition([failStep("First", "one"), failStep("second-step", { "Std:Join": { On: "", Values: ["limit ", { Get: "Parameters.Limit" }] } })], [{ Name: "Limit", Type: "Integer", DefaultValue: 3 }]),
});
const t = suite("sagepipe import");
t.after(() => project.remove());

/** The files in the project besides the inputs (what the command wrote). */
const written = () => readdirSync(project.dir).filter((f) => f.endsWith(".ts")).sort();

t("writes pipeline.ts by default and says how to build it", async () => {
  const r = await sagepipe(["import", "json_get.json"], project.dir);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, "imported JsonGetPipeline -> pipeline.ts (class JsonGetPipeline); build it with: sagepipe build pipeline.ts");
  const source = readFileSync(project.path("pipeline.ts"), "utf8");
  assert.match(source, "export class JsonGetPipeline {");
  assert.match(source, `reportBucket = param.string("ReportBucket", "my-bucket");`);
  assert.match(source, "jsonGet(this.produce().propertyFiles.Report, \"metrics.f1\")");
  assert.match(source, "ifSteps: [this.consume()]");
});

t("refuses to overwrite an existing file without --force, and writes nothing", async () => {
  const before = readFileSync(project.path("pipeline.ts"), "utf8");
  const r = await sagepipe(["import", "two-fails.json"], project.dir);
  assert.is(r.code, 2);
  assert.match(r.stderr, "pipeline.ts exists; nothing was written. Pass --out <another file>, or --force to overwrite it.");
  assert.is(readFileSync(project.path("pipeline.ts"), "utf8"), before);
  const forced = await sagepipe(["import", "two-fails.json", "--force", "--class", "Fails", "--name", "two-fails"], project.dir);
  assert.is(forced.code, 0, forced.stderr);
  const source = readFileSync(project.path("pipeline.ts"), "utf8");
  assert.match(source, `@Pipeline({ name: "two-fails", experimentConfig: null })\nexport class Fails {`);
  assert.match(source, `limit = param.integer("Limit", 3);`);
  assert.match(source, `@Fail({ name: "second-step" })\n  secondStep() {\n    return fail(str\`limit \${this.limit}\`);`);
});

t("--out - prints the class instead of writing it", async () => {
  const r = await sagepipe(["import", "json_get.json", "--out", "-", "--class", "Reports"], project.dir);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stdout, "export class Reports {");
});

for (const [file, expected] of [
  ["broken.json", /^broken\.json:2:1: error SP901: Not valid JSON/],
  ["not-a-definition.json", /^not-a-definition\.json is not a pipeline definition sagepipe can import; fix it first \(sagepipe validate not-a-definition\.json\):\n.*missing required key "Version"/],
  ["unknown-type.json", /^unknown-type\.json is not a pipeline definition sagepipe can import[^]*Teleport/],
  ["dangling.json", /^dangling\.json is not a pipeline definition sagepipe can import[^]*Parameters\.Missing/],
] as const) {
  t(`${file}: one clear error, exit 1, nothing written`, async () => {
    const before = written();
    const r = await sagepipe(["import", file, "--out", "new.ts"], project.dir);
    assert.is(r.code, 1, r.stdout);
    assert.match(r.stderr, expected);
    assert.not.match(r.stderr, /\n\s+at /, "no stack trace");
    assert.equal(written(), before);
  });
}

t("a step its helper cannot write is kept verbatim: a warning on stderr naming it and why, a comment in the file", async () => {
  const r = await sagepipe(["import", "profiler.json", "--out", "profiler.ts"], project.dir);
  assert.is(r.code, 0, r.stderr);
  const why = "/Steps/0/Arguments/ProfilerConfig: estimator().fit() writes the debugger hook at the output path with the profiler there or off (disableProfiler: true), or neither (disableDebugger: true)";
  assert.is(r.stderr.trim(), `warning: profiler.json:7:5: step Train is kept verbatim (verbatimStep("Training", ...)): ${why}.`);
  const source = readFileSync(project.path("profiler.ts"), "utf8");
  assert.match(source, `  // Kept verbatim (the definition's Arguments as written): ${why}.\n  @Training()\n  train() {\n    return verbatimStep("Training", {`);
  assert.match(source, "this.train().properties.ModelArtifacts.S3ModelArtifacts");
});

t("an unreadable file or a bad --class is a usage error", async () => {
  const missing = await sagepipe(["import", "nope.json"], project.dir);
  assert.is(missing.code, 2);
  assert.match(missing.stderr, "sagepipe import: cannot read nope.json: no such file.");
  const badClass = await sagepipe(["import", "json_get.json", "--class", "2Bad", "--out", "x.ts"], project.dir);
  assert.is(badClass.code, 2);
  assert.match(badClass.stderr, "--class must be a TypeScript class name");
});

t.run();
