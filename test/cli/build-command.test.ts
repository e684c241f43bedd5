// `sagepipe build` as a user runs it: writes the definition, the manifest and the staged code;
// on any error exits 1 and leaves the output folder exactly as it was.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { tempProject } from "../support/temp-project.ts";
import { ABALONE, sagepipe } from "./memory-io.ts";

const t = suite("sagepipe build");
const project = tempProject("cli-build");
cpSync(join(ABALONE, "pipeline.ts"), project.path("pipeline.ts"));
cpSync(join(ABALONE, "abalone"), project.path("abalone"), { recursive: true });

const STEP = `@Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }`;
const HEAD = `import { Pipeline, Processing, processor } from "@sagepipe/core";
const p = processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
`;
project.write({
  "cycle.ts": HEAD + `@Pipeline({ name: "Cyclic", bucket: "my-bucket" })
export class Cyclic {
  @Processing() a() { return p.run({ inputs: [{ source: this.b().outputs.o, destination: "/opt/ml/processing/input" }], outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing() b() { return p.run({ inputs: [{ source: this.a().outputs.o, destination: "/opt/ml/processing/input" }], outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
  "two.ts": HEAD + `@Pipeline({ name: "Good", bucket: "my-bucket" })
export class Good { ${STEP} }
@Pipeline({ name: "Throws", bucket: "my-bucket" })
export class Throws {
  @Processing() a(): never { throw new Error("no instance type configured"); }
}
`,
  "good-two.ts": HEAD + `@Pipeline({ name: "First", bucket: "my-bucket" })
export class First { ${STEP} }
@Pipeline({ name: "Second", bucket: "my-bucket" })
export class Second { ${STEP} }
`,
});

/** Every file under `dir`: relative path -> contents. */
function snapshot(dir: string, root = dir, out: Record<string, string> = {}): Record<string, string> {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) snapshot(path, root, out);
    else out[relative(root, path)] = readFileSync(path, "latin1");
  }
  return out;
}

/** An output folder that already holds an older build and a file of the user's. */
function previousOutput(name: string): Record<string, string> {
  project.write({ [`${name}/AbalonePipeline.json`]: '{"old": true}\n', [`${name}/notes.txt`]: "mine\n", [`${name}/Good.json`]: "older\n" });
  return snapshot(project.path(name));
}

t.after(() => project.remove());

t("writes <Name>.json, <Name>.assets.json and the staged code, and exits 0", async () => {
  const run = await sagepipe(["build", "pipeline.ts", "--out", "out"], project.dir);
  assert.is(run.code, 0, run.stderr);
  const definition = project.path("out/AbalonePipeline.json");
  assert.match(run.stdout, `built AbalonePipeline -> ${definition} (`);
  const parsed = JSON.parse(readFileSync(definition, "utf8")) as { Version: string; Steps: { Name: string }[] };
  assert.is(parsed.Version, "2020-12-01");
  assert.equal(parsed.Steps.map((s) => s.Name).slice(0, 3), ["AbaloneProcess", "AbaloneTrain", "AbaloneEval"]);
  const manifest = JSON.parse(readFileSync(project.path("out/AbalonePipeline.assets.json"), "utf8")) as { pipelineName: string; definition: string; assets: { s3Uri: string; file: string; sha256: string; bytes: number }[] };
  assert.is(manifest.pipelineName, "AbalonePipeline");
  assert.is(manifest.definition, "AbalonePipeline.json");
  assert.equal(manifest.assets.map((a) => a.file.split("/").pop()).sort(), ["evaluation.py", "preprocessing.py"]);
  for (const a of manifest.assets) {
    const bytes = readFileSync(project.path(`out/${a.file}`));
    assert.is(createHash("sha256").update(bytes).digest("hex"), a.sha256, `${a.file}'s sha256`);
    assert.is(bytes.length, a.bytes);
    assert.ok(readFileSync(definition, "utf8").includes(a.s3Uri), `the definition refers to ${a.s3Uri}`);
  }
  assert.not.ok(Object.keys(snapshot(project.path("out"))).some((f) => f.includes(".tmp-")), "no temp files are left");
});

t("on a check error: exit 1, the diagnostics, and the output folder untouched", async () => {
  const before = previousOutput("out-cycle");
  const run = await sagepipe(["build", "cycle.ts", "--out", "out-cycle"], project.dir);
  assert.is(run.code, 1);
  assert.match(run.stderr, "cycle.ts:5:57: error SP101: Steps form a cycle: a() -> b() -> a().");
  assert.match(run.stderr, "Build failed: nothing was written.");
  assert.is(run.stdout, "");
  assert.equal(snapshot(project.path("out-cycle")), before);
});

t("when one of two pipelines fails to evaluate, neither is written", async () => {
  const before = previousOutput("out-two");
  const run = await sagepipe(["build", "two.ts", "--out", "out-two"], project.dir);
  assert.is(run.code, 1);
  assert.match(run.stderr, "two.ts:7:36: error SP801: Evaluating Throws failed in a(): no instance type configured");
  assert.equal(snapshot(project.path("out-two")), before, "Good.json keeps its older content");
});

t("--pipeline builds only the pipelines named (by name or class)", async () => {
  const run = await sagepipe(["build", "good-two.ts", "--out", "out-one", "--pipeline", "Second"], project.dir);
  assert.is(run.code, 0, run.stderr);
  assert.equal(Object.keys(snapshot(project.path("out-one"))), ["Second.assets.json", "Second.json"]);
  const unknown = await sagepipe(["build", "good-two.ts", "--out", "out-none", "--pipeline", "Third"], project.dir);
  assert.is(unknown.code, 1);
  assert.match(unknown.stderr, "error SP003: No pipeline named Third in this entry; it has First (class First), Second (class Second).");
  assert.not.ok(existsSync(project.path("out-none")), "nothing written");
});

t("--format json: ok, diagnostics and the pipelines built", async () => {
  const good = await sagepipe(["build", "good-two.ts", "--out", "out-json", "--format", "json"], project.dir);
  assert.is(good.code, 0);
  assert.equal(JSON.parse(good.stdout), {
    ok: true,
    diagnostics: [],
    pipelines: [
      { name: "First", file: project.path("out-json/First.json"), assets: 0 },
      { name: "Second", file: project.path("out-json/Second.json"), assets: 0 },
    ],
  });
  // TypeScript reports the cycle too (TS7023: a() and b() return each other's type): this test is about SP101.
  const bad = await sagepipe(["build", "cycle.ts", "--out", "out-json-bad", "--format", "json", "--no-typecheck"], project.dir);
  assert.is(bad.code, 1);
  const report = JSON.parse(bad.stdout) as { ok: boolean; diagnostics: Record<string, unknown>[]; pipelines: unknown[] };
  assert.is(report.ok, false);
  assert.equal(report.pipelines, []);
  assert.is(report.diagnostics.length, 1);
  const d = report.diagnostics[0]!;
  assert.equal(Object.keys(d), ["code", "severity", "file", "line", "column", "message", "fix", "source", "pointer", "related"]);
  assert.equal([d.code, d.severity, d.file, d.line, d.column], ["SP101", "error", "cycle.ts", 5, 57]);
  assert.match(String(d.source), "@Processing() a() { return p.run({ inputs: [{ source: this.b().outputs.o");
  assert.equal(d.related, [
    { file: "cycle.ts", line: 6, column: 57, message: "b() uses a() here" },
    { file: "cycle.ts", line: 5, column: 57, message: "a() uses b() here" },
  ]);
  assert.not.ok(existsSync(project.path("out-json-bad")));
});

t.run();
