// `sagepipe validate` end to end through main(), with an in-memory CommandIO and files in a temp dir.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { CommandIO } from "../command.ts";
import { main } from "../main.ts";

const abalone = readFileSync(new URL("../../../../../shared/conformance/goldens/abalone.json", import.meta.url), "utf8");

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

const t = suite("sagepipe validate");
let dir = "";

t.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), "sagepipe-validate-"));
});
t.after.each(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function sagepipe(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false, cwd: dir, env: {} };
  const code = await main(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function write(name: string, text: string): void {
  writeFileSync(join(dir, name), text);
}

t("exits 0 on a valid definition", async () => {
  write("abalone.json", abalone);
  const run = await sagepipe("validate", "abalone.json");
  assert.is(run.code, 0, run.err);
  assert.is(run.out, "abalone.json: valid pipeline definition.");
});

t("exits 1 and lists each problem on stderr with file:line:col, pointer and code, the line and the fix", async () => {
  const definition = JSON.parse(abalone);
  definition.Steps[1].Arguments.RoleARN = definition.Steps[1].Arguments.RoleArn;
  delete definition.Steps[1].Arguments.RoleArn;
  definition.Steps[0].DependsOn = ["AbaloneEvl"];
  write("bad.json", JSON.stringify(definition, null, 2));
  const run = await sagepipe("validate", "bad.json");
  assert.is(run.code, 1);
  assert.is(run.out, "");
  const lines = run.err.split("\n");
  assert.is(lines.length, 9, run.err);
  assert.match(lines[0] ?? "", /^bad\.json:\d+:\d+: error SP918: \/Steps\/0\/DependsOn\/0: .*Did you mean "AbaloneEval"\?$/);
  assert.match(lines[1] ?? "", /^  \d+ \|\s+"AbaloneEvl"$/);
  assert.match(lines[2] ?? "", /^ +\| +\^$/);
  assert.is(lines[3], "  fix: Fix the name, or remove the entry.");
  assert.match(lines[4] ?? "", /^bad\.json:\d+:\d+: error SP902: \/Steps\/1\/Arguments\/RoleARN: .*Did you mean "RoleArn"\?$/);
  assert.match(lines[5] ?? "", /^  \d+ \|\s+"RoleARN": /);
  assert.match(lines[7] ?? "", /^  fix: /);
  assert.is(lines[8], "bad.json: 2 errors, 0 warnings.");
  const [line, column] = (/^bad\.json:(\d+):(\d+)/.exec(lines[4] ?? "") ?? []).slice(1).map(Number);
  const text = readFileSync(join(dir, "bad.json"), "utf8").split("\n");
  assert.is(text[(line ?? 0) - 1]?.slice((column ?? 0) - 1, (column ?? 0) + 8), '"RoleARN"');
});

t("--format json prints {ok, file, diagnostics} in the shape build --format json uses", async () => {
  const definition = JSON.parse(abalone);
  definition.Steps[0].Type = "Procesing";
  write("typo.json", JSON.stringify(definition));
  const run = await sagepipe("validate", "typo.json", "--format", "json");
  assert.is(run.code, 1);
  const report = JSON.parse(run.out);
  assert.is(report.file, "typo.json");
  assert.is(report.ok, false);
  assert.is(report.diagnostics.length, 1);
  const [d] = report.diagnostics;
  assert.equal(Object.keys(d), ["code", "severity", "file", "line", "column", "message", "fix", "source", "pointer", "related"]);
  assert.equal([d.code, d.severity, d.file, d.pointer, d.line], ["SP907", "error", "typo.json", "/Steps/0/Type", 1]);
  assert.ok(d.column > 1);
  assert.match(d.message, 'Did you mean "Processing"?');
  assert.is(d.source, JSON.stringify(definition));
});

t("malformed JSON exits 1 with line and column", async () => {
  write("broken.json", '{\n  "Version": "2020-12-01",\n  "Steps": [,]\n}\n');
  const run = await sagepipe("validate", "broken.json");
  assert.is(run.code, 1);
  assert.match(run.err, "broken.json:3:13: error SP901: Not valid JSON: ");
  assert.match(run.err, "\n  fix: Correct the JSON syntax");
  const json = JSON.parse((await sagepipe("validate", "broken.json", "--format", "json")).out);
  assert.equal([json.ok, json.diagnostics[0].code, json.diagnostics[0].line, json.diagnostics[0].column, json.diagnostics[0].source], [false, "SP901", 3, 13, '  "Steps": [,]']);
});

t("an unreadable file exits 2 with what to do", async () => {
  const missing = await sagepipe("validate", "nope.json");
  assert.is(missing.code, 2);
  assert.match(missing.err, "cannot read nope.json: no such file");
  mkdirSync(join(dir, "folder.json"));
  const folder = await sagepipe("validate", "folder.json");
  assert.is(folder.code, 2);
  assert.match(folder.err, "it is a directory");
});

t("bad usage exits 2", async () => {
  assert.is((await sagepipe("validate")).code, 2);
  assert.is((await sagepipe("validate", "a.json", "b.json")).code, 2);
  const format = await sagepipe("validate", "a.json", "--format", "yaml");
  assert.is(format.code, 2);
  assert.match(format.err, "--format must be text or json");
  assert.is((await sagepipe("validate", "--strict", "a.json")).code, 2);
});

t("--help prints the usage", async () => {
  const run = await sagepipe("validate", "--help");
  assert.is(run.code, 0);
  assert.match(run.out, "usage: sagepipe validate <definition.json>");
});

t.run();
