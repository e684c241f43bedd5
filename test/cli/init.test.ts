// `sagepipe init`: the project it writes builds, type-checks under standard decorators,
// checks clean and validates, with the versions of this release; it never overwrites a file.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { REPO, tempProject } from "../support/temp-project.ts";
import { sagepipe } from "./memory-io.ts";

const exec = promisify(execFile);
const t = suite("sagepipe init");
// The new project is a folder inside a temp project whose node_modules links the workspace's
// packages, so its imports resolve as after `npm install`.
const project = tempProject("init");
t.after(() => project.remove());

const FILES = [".gitignore", "README.md", "build-pipeline.ts", "code/evaluate.py", "code/prepare.py", "package.json", "pipeline.ts", "tsconfig.json"];
const version = (pkg: string) => (JSON.parse(readFileSync(join(REPO, pkg, "package.json"), "utf8")) as { version: string; dependencies: Record<string, string> });

/** Every file under `dir`, relative, sorted. */
function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)]).sort();
}

t("init <dir> writes the project and says what to do next", async () => {
  const run = await sagepipe(["init", "my-app"], project.dir);
  assert.is(run.code, 0, run.stderr);
  assert.equal(listFiles(project.path("my-app")), FILES);
  assert.match(run.stdout, "cd my-app\n  npm install\n  npm run build");
});

t("package.json: an ES module project with build, check and test, on this release's packages", () => {
  const pkg = JSON.parse(readFileSync(project.path("my-app/package.json"), "utf8"));
  assert.is(pkg.name, "my-app");
  assert.is(pkg.type, "module");
  assert.equal(Object.keys(pkg.scripts).sort(), ["build", "check", "test"]);
  assert.equal(pkg.dependencies, { "@sagepipe/core": `^${version("packages/core").version}` });
  assert.is(pkg.devDependencies.sagepipe, `^${version("packages/cli").version}`);
  assert.is(pkg.devDependencies.tsx, version("packages/cli").dependencies.tsx);
  assert.is(pkg.devDependencies["@sagepipe/ts-plugin"], `^${version("packages/ts-plugin").version}`);
  assert.equal(Object.keys(pkg.devDependencies).sort(), ["@sagepipe/ts-plugin", "@types/node", "sagepipe", "tsx", "typescript"]);
});

t("its TypeScript is one the decorator matrix checks (test/e2e/installed-project.test.ts)", () => {
  const range = JSON.parse(readFileSync(project.path("my-app/package.json"), "utf8")).devDependencies.typescript as string;
  const matrix = ["typescript-5", "typescript-6", "typescript"].map((a) => version(`node_modules/${a}`).version);
  const [, major, minor] = /^[~^]?(\d+)\.(\d+)\./.exec(range) ?? [];
  assert.ok(matrix.some((v) => v.startsWith(`${major}.${minor}.`)), `${range} is none of ${matrix.join(", ")}`);
});

t("tsconfig: strict, nodenext, standard decorators, nothing unusual", () => {
  const { compilerOptions } = JSON.parse(readFileSync(project.path("my-app/tsconfig.json"), "utf8"));
  assert.is(compilerOptions.strict, true);
  assert.is(compilerOptions.module, "nodenext");
  assert.is(compilerOptions.moduleResolution, "nodenext");
  assert.is(compilerOptions.noEmit, true);
  assert.equal(compilerOptions.plugins, [{ name: "@sagepipe/ts-plugin" }], "the editor plugin (docs/editor.md)");
  for (const flag of ["experimentalDecorators", "emitDecoratorMetadata", "allowImportingTsExtensions", "paths"]) assert.not.ok(flag in compilerOptions, flag);
});

t("the project type-checks under its own tsconfig (standard decorators)", async () => {
  // Until the packages ship .d.ts, @sagepipe/core's exports are .ts sources: allow importing them.
  const tsc = join(REPO, "node_modules/typescript/bin/tsc");
  const { stdout } = await exec(process.execPath, [tsc, "-p", ".", "--pretty", "false", "--allowImportingTsExtensions"], { cwd: project.path("my-app") }).catch((e) => e);
  assert.is(stdout, "");
});

t("sagepipe check finds nothing; the build script writes a definition that validates", async () => {
  const check = await sagepipe(["check", "pipeline.ts"], project.path("my-app"));
  assert.is(check.code, 0, check.stderr);
  const tsx = join(REPO, "node_modules/.bin/tsx");
  await exec(tsx, ["build-pipeline.ts"], { cwd: project.path("my-app"), env: { ...process.env, SAGEPIPE_CACHE: "off" } });
  const definition = JSON.parse(readFileSync(project.path("my-app/out/MyPipeline.json"), "utf8"));
  assert.equal(definition.Steps.map((s: { Name: string }) => s.Name), ["Prepare", "Train", "Evaluate", "AccurateEnough"]);
  assert.equal(definition.Parameters.map((p: { Name: string }) => p.Name), ["InputData", "MaxError"]);
  const validate = await sagepipe(["validate", "out/MyPipeline.json"], project.path("my-app"));
  assert.is(validate.code, 0, validate.stdout + validate.stderr);
});

t("refuses to overwrite: names every existing file and writes nothing", async () => {
  const before = readFileSync(project.path("my-app/pipeline.ts"), "utf8");
  writeFileSync(project.path("my-app/pipeline.ts"), "// mine\n");
  const again = await sagepipe(["init", "my-app"], project.dir);
  assert.is(again.code, 1);
  for (const f of FILES) assert.match(again.stderr, `\n  ${f}`);
  assert.match(again.stderr, "Nothing was written.");
  assert.is(readFileSync(project.path("my-app/pipeline.ts"), "utf8"), "// mine\n");
  writeFileSync(project.path("my-app/pipeline.ts"), before);

  project.write({ "other/README.md": "mine\n" });
  const one = await sagepipe(["init"], project.path("other"));
  assert.is(one.code, 1);
  assert.match(one.stderr, "this file exists");
  assert.match(one.stderr, "\n  README.md\n");
  assert.equal(listFiles(project.path("other")), ["README.md"]);
});

t("a file in place of the folder, or two folders, is a usage error", async () => {
  project.write({ "a-file": "x" });
  const file = await sagepipe(["init", "a-file"], project.dir);
  assert.is(file.code, 2);
  assert.match(file.stderr, "is a file, not a folder");
  const two = await sagepipe(["init", "a", "b"], project.dir);
  assert.is(two.code, 2);
  assert.not.ok(existsSync(project.path("a")));
});

t.run();
