// A build with nothing changed reuses its previous result (packages/compiler/src/cache/
// warm-build.ts): the same lines printed, the output untouched (same inode: nothing was
// rewritten). Any change to what the build read, to its output, or to the project's set-up is
// a full build; so is a pipeline that reads the environment, and a build with caches off.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { sagepipeIdentity } from "../../packages/compiler/src/cache/warm-build.ts";
import { tempProject } from "../support/temp-project.ts";
import { ABALONE, sagepipe } from "./memory-io.ts";

const t = suite("warm builds");
const project = tempProject("warm-build");
cpSync(join(ABALONE, "pipeline.ts"), project.path("pipeline.ts"));
cpSync(join(ABALONE, "abalone"), project.path("abalone"), { recursive: true });
const DEFINITION = project.path("out/AbalonePipeline.json");
const inode = () => statSync(DEFINITION).ino;
const build = (...more: string[]) => sagepipe(["build", "pipeline.ts", ...more], project.dir);
const records = () => (existsSync(project.path("node_modules/.cache/sagepipe/builds")) ? readdirSync(project.path("node_modules/.cache/sagepipe/builds")) : []);

/** Builds twice; whether the second build reused the first (its output was not rewritten). */
async function reused(change: () => void = () => {}): Promise<boolean> {
  const first = await build();
  assert.is(first.code, 0, first.stderr);
  change();
  const before = existsSync(DEFINITION) ? inode() : -1;
  const second = await build();
  assert.is(second.code, 0, second.stderr);
  assert.is(second.stdout, first.stdout, "the same lines are printed");
  return inode() === before;
}

t.after(() => project.remove());

t("an unchanged build reuses the previous result, printing the same lines", async () => {
  assert.ok(await reused());
  assert.is(records().length, 1, "one record kept");
  assert.ok(await reused(), "and again");
});

t("--format json is printed again as it was", async () => {
  const first = await build("--format", "json");
  const second = await build("--format", "json");
  assert.is(second.stdout, first.stdout);
  assert.is((JSON.parse(second.stdout) as { ok: boolean }).ok, true);
});

t("an edited pipeline file, an edited code file or a new tsconfig.json is a full build", async () => {
  const source = readFileSync(project.path("pipeline.ts"), "utf8");
  assert.not.ok(await reused(() => writeFileSync(project.path("pipeline.ts"), source + "\n// edited\n")));
  const script = readFileSync(project.path("abalone/evaluation.py"), "utf8");
  const hashBefore = readFileSync(project.path("out/AbalonePipeline.assets.json"), "utf8");
  assert.not.ok(await reused(() => writeFileSync(project.path("abalone/evaluation.py"), script + "\n# edited\n")));
  assert.is.not(readFileSync(project.path("out/AbalonePipeline.assets.json"), "utf8"), hashBefore, "the new code is staged");
  assert.not.ok(await reused(() => writeFileSync(project.path("tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", target: "es2022", skipLibCheck: true, noEmit: true, allowImportingTsExtensions: true } }))));
  assert.not.ok(await reused(() => rmSync(project.path("tsconfig.json"))), "its removal too");
});

t("a changed or missing output is a full build that restores it", async () => {
  await build();
  const good = readFileSync(DEFINITION, "utf8");
  assert.not.ok(await reused(() => writeFileSync(DEFINITION, good.replace("AbalonePipeline", "Edited"))));
  assert.is(readFileSync(DEFINITION, "utf8"), good);
  assert.not.ok(await reused(() => rmSync(project.path("out/assets"), { recursive: true })));
  assert.ok(existsSync(project.path("out/assets")));
  rmSync(DEFINITION);
  const again = await build();
  assert.is(again.code, 0);
  assert.is(readFileSync(DEFINITION, "utf8"), good);
});

t("a failed build removes the record; the next good build is a full one", async () => {
  await build();
  const source = readFileSync(project.path("pipeline.ts"), "utf8");
  writeFileSync(project.path("pipeline.ts"), source.replace('code: "abalone/evaluation.py"', 'code: "abalone/missing.py"'));
  const kept = records().length;
  assert.is((await build()).code, 1);
  assert.is(records().length, kept - 1, "this build's record is gone");
  writeFileSync(project.path("pipeline.ts"), source);
  const before = inode();
  assert.is((await build()).code, 0);
  assert.is.not(inode(), before);
});

t("a pipeline that reads the environment is always built in full", async () => {
  const source = readFileSync(project.path("pipeline.ts"), "utf8");
  writeFileSync(project.path("env.ts"), source.replace('bucket: "my-bucket"', 'bucket: process.env.TEST_BUCKET ?? "my-bucket"'));
  process.env.TEST_BUCKET = "bucket-one";
  assert.is((await sagepipe(["build", "env.ts", "--out", "env-out"], project.dir)).code, 0);
  process.env.TEST_BUCKET = "bucket-two";
  assert.is((await sagepipe(["build", "env.ts", "--out", "env-out"], project.dir)).code, 0);
  delete process.env.TEST_BUCKET;
  assert.match(readFileSync(project.path("env-out/AbalonePipeline.json"), "utf8"), /bucket-two/);
});

t("with caches off nothing is kept or reused", async () => {
  rmSync(project.path("node_modules/.cache/sagepipe/builds"), { recursive: true, force: true });
  process.env.SAGEPIPE_CACHE = "off";
  try {
    assert.not.ok(await reused());
    assert.is(records().length, 0);
  } finally {
    delete process.env.SAGEPIPE_CACHE;
  }
});

t("sagepipe's identity: a workspace module's edit, an installed package's version and an install change it", () => {
  const tools = tempProject("warm-build-identity", {
    "tool/package.json": JSON.stringify({ name: "tool", dependencies: { "@sagepipe/dep": "1.0.0" } }),
    "tool/src/a.ts": "export const a = 1;\n",
    "tool/node_modules/@sagepipe/dep/package.json": JSON.stringify({ name: "@sagepipe/dep", version: "1.0.0" }),
    "tool/node_modules/@sagepipe/dep/dist/index.js": "export {};\n",
    "tool/node_modules/.package-lock.json": "{}",
    "project/pipeline.ts": "",
  });
  try {
    const key = { entry: tools.path("project/pipeline.ts"), outDir: tools.path("out"), only: [], typecheck: true, output: "text", cwd: tools.dir, toolDir: tools.path("tool") };
    // The project's node_modules (the temp project's own) holds no lock marker; the tool's is not above the entry.
    const base = sagepipeIdentity(key);
    assert.is(sagepipeIdentity(key), base, "stable");
    tools.write({ "tool/node_modules/@sagepipe/dep/dist/index.js": "export const changed = 1;\n" });
    assert.is(sagepipeIdentity(key), base, "an installed package's files are not read (its install is)");
    tools.write({ "tool/src/a.ts": "export const a = 2;\n" });
    const edited = sagepipeIdentity(key);
    assert.is.not(edited, base, "a workspace module's edit");
    tools.write({ "tool/node_modules/@sagepipe/dep/package.json": JSON.stringify({ name: "@sagepipe/dep", version: "1.0.1" }) });
    assert.is.not(sagepipeIdentity(key), edited, "an installed package's new version");
    const installed = sagepipeIdentity(key);
    tools.write({ "node_modules/.package-lock.json": JSON.stringify({ lockfileVersion: 3 }) });
    assert.is.not(sagepipeIdentity(key), installed, "an install into the project's node_modules");
  } finally {
    tools.remove();
  }
});

t.run();
