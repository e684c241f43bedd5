// A user's file-system mistakes get a clear message naming the path and what to do, never
// `internal error: EEXIST/EISDIR`; with --format json the failure is JSON on stdout too.
import { mkdirSync, writeFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { CommandIO } from "../../packages/cli/src/command.ts";
import { fileProblem, printFailure } from "../../packages/cli/src/failure-output.ts";
import { tempProject } from "../support/temp-project.ts";
import { sagepipe } from "./memory-io.ts";

const t = suite("sagepipe: a user's file mistakes");
const project = tempProject("cli-mistakes", {
  "pipeline.ts": `import { Pipeline, Processing, processor } from "@sagepipe/core";
const p = processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
@Pipeline({ name: "Good", bucket: "b" })
export class Good { @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/o" } }); } }
`,
  "a-file": "not a folder\n",
  "pipelines/daily.ts": `// @Pipeline({ name: "Daily" }) lives here\n`,
});
t.after(() => project.remove());

t("--out naming an existing file: exit 2, the path and the fix, no internal error", async () => {
  const run = await sagepipe(["build", "pipeline.ts", "--out", "a-file", "--no-typecheck"], project.dir);
  assert.is(run.code, 2);
  assert.match(run.stderr, "sagepipe build: --out a-file is a file, not a folder. Pass --out a folder (it is created when missing), e.g. --out out, or move a-file away.");
  assert.not.match(run.stderr, "internal error");
});

t("--out under a file: names the file in the way", async () => {
  const run = await sagepipe(["build", "pipeline.ts", "--out", "a-file/out", "--no-typecheck"], project.dir);
  assert.is(run.code, 2);
  assert.match(run.stderr, "--out a-file/out is inside a-file, which is a file, not a folder.");
});

t("--out naming a file with --format json: the failure as JSON on stdout", async () => {
  const run = await sagepipe(["build", "pipeline.ts", "--out", "a-file", "--format", "json", "--no-typecheck"], project.dir);
  assert.is(run.code, 2);
  const json = JSON.parse(run.stdout) as { ok: boolean; error: { kind: string; message: string; exitCode: number } };
  assert.equal([json.ok, json.error.kind, json.error.exitCode], [false, "user", 2]);
  assert.match(json.error.message, "--out a-file is a file, not a folder");
});

t("an entry that is a folder: SP000 naming the pipeline file inside it", async () => {
  for (const command of ["build", "check"]) {
    const run = await sagepipe([command, "pipelines", "--no-typecheck"], project.dir);
    assert.is(run.code, 1, command);
    assert.match(run.stderr, "error SP000: pipelines is a folder, not a file");
    assert.match(run.stderr, "fix: Give the entry file inside it, e.g. pipelines/daily.ts.");
    assert.not.match(run.stderr, "internal error");
  }
});

t("an entry that does not exist: SP000 says so", async () => {
  const run = await sagepipe(["check", "pipline.ts", "--no-typecheck"], project.dir);
  assert.is(run.code, 1);
  assert.match(run.stderr, "error SP000: Cannot read pipline.ts: there is no such file.");
});

t("a file-system error is named with its path and fix, not as an internal error", () => {
  const denied = Object.assign(new Error("EACCES: permission denied, open '/p/x.ts'"), { code: "EACCES", path: "/p/x.ts" });
  assert.is(fileProblem("build", denied), "sagepipe build: cannot use /p/x.ts: permission denied (EACCES). Make it readable (or writable) for this user (chmod), or use a path you own.");
  const folder = Object.assign(new Error("EISDIR"), { code: "EISDIR", path: "/p/data" });
  assert.match(fileProblem("run", folder)!, "cannot use /p/data: it is a folder where a file was expected (EISDIR)");
  assert.is(fileProblem("build", new Error("a bug")), undefined);
});

t("an internal error with --format json is JSON on stdout as well as text on stderr", () => {
  let out = "";
  let err = "";
  const io: CommandIO = { out: (s) => (out += s), err: (s) => (err += s), isTTY: false, cwd: project.dir, env: {} };
  printFailure(io, ["x.ts", "--format", "json"], "internal", "sagepipe build: internal error: boom", 2);
  assert.equal(JSON.parse(out), { ok: false, error: { kind: "internal", message: "sagepipe build: internal error: boom", exitCode: 2 }, diagnostics: [] });
  assert.is(err, "sagepipe build: internal error: boom");
  out = "";
  printFailure(io, ["x.ts"], "internal", "boom", 2);
  assert.is(out, "", "text format: stderr only");
});

mkdirSync(project.path("empty-folder"), { recursive: true });
writeFileSync(project.path("empty-folder/readme.md"), "no pipeline\n");
t("an entry folder without TypeScript files: the generic fix", async () => {
  const run = await sagepipe(["check", "empty-folder", "--no-typecheck"], project.dir);
  assert.is(run.code, 1);
  assert.match(run.stderr, "empty-folder is a folder, not a file");
  assert.match(run.stderr, "fix: Give the path of a TypeScript file that declares a @Pipeline class.");
});

t.run();
