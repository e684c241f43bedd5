// `sagepipe check` and `sagepipe graph`: exit codes, JSON output, code frames, and proof that
// neither runs the pipeline's code.
import { cpSync, existsSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { tempProject } from "../support/temp-project.ts";
import { ABALONE, sagepipe } from "./memory-io.ts";

const t = suite("sagepipe check and graph");
const project = tempProject("cli-check");
cpSync(join(ABALONE, "pipeline.ts"), project.path("pipeline.ts"));
cpSync(join(ABALONE, "abalone"), project.path("abalone"), { recursive: true });

const HEAD = `import { Pipeline, Processing, param, processor } from "@sagepipe/core";
const p = processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
`;
project.write({
  "warning.ts": HEAD + `@Pipeline({ name: "W", bucket: "b" })
export class W {
  unused = param.string("Unused", "x");
  @Processing() a() { return p.run({ outputs: { o: "/o" } }); }
}
`,
  "error.ts": HEAD + `@Pipeline({ name: "E", bucket: "b" })
export class E {
  prefix = param.string("Prefix", "s3://b");
  @Processing() a() { return p.run({ inputs: [{ source: this.prefix + "/in", destination: "/i" }] }); }
}
`,
  // Importing this module would leave a marker file and throw: check and graph must not import it.
  "side-effect.ts": `import { writeFileSync } from "node:fs";
${HEAD}writeFileSync(new URL("./ran.txt", import.meta.url), "user code ran\\n");
throw new Error("this module must not be imported by check or graph");
@Pipeline({ name: "S", bucket: "b" })
export class S {
  @Processing() a() { return p.run({ outputs: { o: "/o" } }); }
  @Processing({ dependsOn: (self: S) => [self.a] }) b() { return p.run({ outputs: { o: "/o" } }); }
}
`,
});

t.after(() => project.remove());

t("check: the Abalone example has no problems (exit 0)", async () => {
  const run = await sagepipe(["check", "pipeline.ts"], project.dir);
  assert.is(run.code, 0, run.stderr);
  assert.is(run.stdout, "ok: 1 pipeline, 8 steps, no problems found\n");
  assert.is(run.stderr, "");
});

t("check: warnings only exit 0, errors exit 1", async () => {
  const warned = await sagepipe(["check", "warning.ts"], project.dir);
  assert.is(warned.code, 0);
  assert.match(warned.stderr, "warning.ts:5:3: warning SP701: Parameter Unused is declared but no step uses it.");
  assert.match(warned.stderr, "0 errors, 1 warning");
  const failed = await sagepipe(["check", "error.ts"], project.dir);
  assert.is(failed.code, 1);
  assert.match(failed.stderr, "error.ts:6:57: error SP302:");
  // TypeScript rejects the `+` too, and says so in its own words.
  assert.match(failed.stderr, "error.ts:6:57: error TS2469: The '+' operator cannot be applied to type 'symbol'.");
  assert.match(failed.stderr, "2 errors, 0 warnings");
  const untyped = await sagepipe(["check", "error.ts", "--no-typecheck"], project.dir);
  assert.is(untyped.code, 1);
  assert.match(untyped.stderr, "1 error, 0 warnings");
});

t("check --format json: one object with ok and the diagnostics", async () => {
  const run = await sagepipe(["check", "error.ts", "--format", "json"], project.dir);
  assert.is(run.code, 1);
  assert.is(run.stderr, "");
  const report = JSON.parse(run.stdout) as { ok: boolean; diagnostics: { code: string; file: string; line: number; column: number; source: string; fix: string }[] };
  assert.is(report.ok, false);
  assert.equal(report.diagnostics.map((d) => [d.code, d.file, d.line, d.column]), [["SP302", "error.ts", 6, 57], ["TS2469", "error.ts", 6, 57]]);
  assert.match(report.diagnostics[0]!.source, 'source: this.prefix + "/in"');
  assert.match(report.diagnostics[0]!.fix, "s3`...${x}...`");
});

t("check on a terminal: a coloured code frame with the source line and a caret under the place", async () => {
  const run = await sagepipe(["check", "error.ts"], project.dir, true);
  assert.is(run.code, 1);
  assert.ok(run.stderr.includes("\x1b[31merror\x1b[39m"), "the severity in red");
  const plain = run.stderr.replace(/\x1b\[[0-9;]*m/g, "");
  const lines = plain.split("\n");
  const frame = lines.findIndex((l) => l.startsWith("  6 | "));
  assert.ok(frame > 0, plain);
  assert.is(lines[frame], `  6 |   @Processing() a() { return p.run({ inputs: [{ source: this.prefix + "/in", destination: "/i" }] }); }`);
  const caret = lines[frame + 1]!;
  assert.is(caret.indexOf("^") - "    | ".length, 56, "the caret starts under column 57");
  assert.is(caret.trim().replace("|", "").trim(), "^".repeat('this.prefix + "/in"'.length), "and underlines the expression");
});

t("check off a terminal: plain text, no colour codes", async () => {
  const run = await sagepipe(["check", "error.ts"], project.dir, false);
  assert.not.ok(run.stderr.includes("\x1b["));
  assert.match(run.stderr, "  6 |   @Processing() a()");
  assert.match(run.stderr, "  fix: Use the tagged template");
});

t("graph --format mermaid: the Abalone steps and every edge", async () => {
  const run = await sagepipe(["graph", "pipeline.ts"], project.dir);
  assert.is(run.code, 0, run.stderr);
  const lines = run.stdout.trim().split("\n");
  assert.is(lines[0], "flowchart TD");
  assert.ok(lines.includes(`  s_process["AbaloneProcess<br/><small>Processing</small>"]`));
  assert.equal(lines.filter((l) => l.includes("--") || l.includes("-.->")).sort(), [
    "  s_checkMse -.->|else| s_mseFail",
    "  s_checkMse -.->|if| s_createModel",
    "  s_checkMse -.->|if| s_register",
    "  s_checkMse -.->|if| s_transform",
    "  s_createModel --> s_transform",
    "  s_evaluate --> s_checkMse",
    "  s_evaluate --> s_register",
    "  s_process --> s_evaluate",
    "  s_process --> s_train",
    "  s_train --> s_createModel",
    "  s_train --> s_evaluate",
    "  s_train --> s_register",
  ]);
});

t("graph --format dot: nodes with labels, dashed branches", async () => {
  const run = await sagepipe(["graph", "pipeline.ts", "--format", "dot"], project.dir);
  assert.is(run.code, 0, run.stderr);
  assert.ok(run.stdout.startsWith('digraph "AbalonePipeline" {\n'));
  assert.match(run.stdout, `  "process" [label="AbaloneProcess\\nProcessing"];`);
  assert.match(run.stdout, `  "process" -> "train";`);
  assert.match(run.stdout, `  "checkMse" -> "mseFail" [style=dashed];`);
  assert.is(run.stdout.match(/ -> /g)?.length, 12);
  assert.ok(run.stdout.trimEnd().endsWith("}"));
});

t("check and graph run none of the pipeline's code", async () => {
  const checked = await sagepipe(["check", "side-effect.ts"], project.dir);
  assert.is(checked.code, 0, checked.stderr);
  const mermaid = await sagepipe(["graph", "side-effect.ts"], project.dir);
  assert.is(mermaid.code, 0, mermaid.stderr);
  assert.match(mermaid.stdout, "  s_a ==>|dependsOn| s_b");
  const dot = await sagepipe(["graph", "side-effect.ts", "--format", "dot"], project.dir);
  assert.match(dot.stdout, `  "a" -> "b" [style=bold, label="dependsOn"];`);
  assert.not.ok(existsSync(project.path("ran.txt")), "the module was never imported");
  const built = await sagepipe(["build", "side-effect.ts", "--out", "out"], project.dir);
  assert.is(built.code, 1, "build does import it (to evaluate), and reports the throw");
  assert.match(built.stderr, "error SP801: Evaluating S failed: this module must not be imported by check or graph");
  assert.ok(existsSync(project.path("ran.txt")), "as the marker shows");
});

t.run();
