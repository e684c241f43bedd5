// Usage mistakes exit 2 with a message that says what to do; help exits 0.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { tempProject } from "../support/temp-project.ts";
import { sagepipe } from "./memory-io.ts";

const t = suite("sagepipe usage errors");
const project = tempProject("cli-usage", { "p.ts": "export const x = 1;\n" });
t.after(() => project.remove());

const usageErrors: readonly [string, readonly string[], string][] = [
  ["no command", [], "usage: sagepipe <command> [options]"],
  ["an unknown command", ["bulid", "p.ts"], "sagepipe: unknown command 'bulid'."],
  ["build without an entry", ["build"], "sagepipe build: expected one entry file, got nothing."],
  ["build with two entries", ["build", "a.ts", "b.ts"], "sagepipe build: expected one entry file, got a.ts b.ts."],
  ["build with an unknown option", ["build", "p.ts", "--outdir", "x"], "Run `sagepipe build --help` for its options."],
  ["build --format yaml", ["build", "p.ts", "--format", "yaml"], "sagepipe build: --format is text or json, not 'yaml'."],
  ["check --format yaml", ["check", "p.ts", "--format", "yaml"], "sagepipe check: --format is text or json, not 'yaml'."],
  ["check without an entry", ["check"], "sagepipe check: expected one entry file, got nothing."],
  ["graph --format svg", ["graph", "p.ts", "--format", "svg"], "sagepipe graph: --format must be mermaid or dot, not 'svg'."],
  ["graph --format without a value", ["graph", "p.ts", "--format"], "Run `sagepipe graph --help` for its options."],
];

for (const [name, args, message] of usageErrors) {
  t(`${name}: exit 2`, async () => {
    const run = await sagepipe(args, project.dir);
    assert.is(run.code, 2);
    assert.ok((run.stderr + run.stdout).includes(message), `${message}\nnot in:\n${run.stderr}${run.stdout}`);
    assert.not.ok(/\n\s+at /.test(run.stderr), "no stack trace");
  });
}

t("--help: the command list, exit 0", async () => {
  const run = await sagepipe(["--help"], project.dir);
  assert.is(run.code, 0);
  for (const c of ["build", "check", "graph"]) assert.match(run.stdout, new RegExp(`^  ${c} +\\S`, "m"));
});

t("<command> --help: its usage, exit 0, and nothing run", async () => {
  for (const c of ["build", "check", "graph"]) {
    const run = await sagepipe([c, "--help"], project.dir);
    assert.is(run.code, 0);
    assert.ok(run.stdout.startsWith(`usage: sagepipe ${c} <entry.ts>`), run.stdout);
  }
});

t("an entry with no pipeline is a user error (exit 1), not a usage error", async () => {
  const run = await sagepipe(["check", "p.ts"], project.dir);
  assert.is(run.code, 1);
  assert.match(run.stderr, "p.ts:1:1: error SP001: No @Pipeline class in");
  const missing = await sagepipe(["graph", "missing.ts"], project.dir);
  assert.is(missing.code, 1);
  assert.match(missing.stderr, "sagepipe graph: no @Pipeline class in");
});

t.run();
