// `sagepipe --version`, `sagepipe help <command>`, and "did you mean" for misspellings.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { closest } from "../../packages/cli/src/did-you-mean.ts";
import { findPackageDir } from "../../packages/cli/src/own-package.ts";
import { REPO } from "../support/temp-project.ts";
import { sagepipe } from "./memory-io.ts";

const t = suite("sagepipe --version, help, did you mean");
const cliVersion = (JSON.parse(readFileSync(join(REPO, "packages/cli/package.json"), "utf8")) as { version: string }).version;

t("--version and -v print the CLI package's version", async () => {
  for (const flag of ["--version", "-v"]) {
    const run = await sagepipe([flag], REPO);
    assert.is(run.code, 0);
    assert.is(run.stdout, `${cliVersion}\n`);
  }
});

t("the CLI's package.json is the nearest one named sagepipe above the module, wherever it is installed", () => {
  const root = mkdtempSync(join(tmpdir(), "sagepipe-own-package-"));
  try {
    // An installed, compiled layout: node_modules/sagepipe/dist/src/..., inside a project that has its own package.json.
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "my-app", version: "9.9.9" }));
    const pkg = join(root, "node_modules/sagepipe");
    mkdirSync(join(pkg, "dist/src/commands"), { recursive: true });
    writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "sagepipe", version: "1.2.3" }));
    writeFileSync(join(pkg, "dist/package.json"), JSON.stringify({ type: "module" }));
    assert.is(findPackageDir(join(pkg, "dist/src/commands"), "sagepipe"), pkg);
    assert.is(findPackageDir(root, "sagepipe"), undefined);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

t("help <command> prints the command's usage, as <command> --help does", async () => {
  for (const c of ["build", "init", "validate"]) {
    const help = await sagepipe(["help", c], REPO);
    const flag = await sagepipe([c, "--help"], REPO);
    assert.is(help.code, 0);
    assert.ok(help.stdout.startsWith(`usage: sagepipe ${c}`), help.stdout);
    assert.is(help.stdout, flag.stdout);
  }
});

t("help alone lists the commands and says how to get a command's help and the version", async () => {
  const run = await sagepipe(["help"], REPO);
  assert.is(run.code, 0);
  assert.match(run.stdout, /^ {2}init +\S/m);
  assert.match(run.stdout, "sagepipe help <command>");
  assert.match(run.stdout, "--version");
});

t("a misspelled command: did you mean, exit 2", async () => {
  for (const [typed, meant] of [["buidl", "build"], ["chekc", "check"], ["deplyo", "deploy"], ["int", "init"]]) {
    const run = await sagepipe([typed!], REPO);
    assert.is(run.code, 2);
    assert.match(run.stderr, `sagepipe: unknown command '${typed}'. Did you mean "${meant}"?`);
  }
  const help = await sagepipe(["help", "biuld"], REPO);
  assert.is(help.code, 2);
  assert.match(help.stderr, `unknown command 'biuld'. Did you mean "build"?`);
  const far = await sagepipe(["frobnicate"], REPO);
  assert.not.match(far.stderr, "Did you mean");
});

t("a misspelled option: did you mean, exit 2", async () => {
  const run = await sagepipe(["build", "p.ts", "--ouy", "x"], REPO);
  assert.is(run.code, 2);
  assert.match(run.stderr, `sagepipe build: Unknown option '--ouy'. Did you mean "--out"?`);
  assert.match(run.stderr, "Run `sagepipe build --help` for its options.");
  const graph = await sagepipe(["graph", "p.ts", "--fromat=dot"], REPO);
  assert.match(graph.stderr, `Unknown option '--fromat'. Did you mean "--format"?`);
});

t("closest: one edit per three letters, and only a unique best", () => {
  assert.is(closest("buidl", ["build", "check"]), "build");
  assert.is(closest("ouy", ["out", "format"]), "out");
  assert.is(closest("xyz", ["out", "format"]), undefined);
  assert.is(closest("rn", ["run", "rm"]), undefined);
});

t.run();
