// The `sagepipe` bin as a process, with its prebuilt bundle of our packages
// (packages/cli/bin/bundle.js): made on first use, reused while fresh, remade when a file it
// came from changes, its manifest is damaged, names a bundle that cannot be loaded or another
// installation; shared by processes starting together; and never in the way: without it
// (turned off, or an unwritable folder) the same bytes come out.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { REPO, tempProject } from "../support/temp-project.ts";

const run = promisify(execFile);
const BIN = join(REPO, "packages/cli/bin/sagepipe.js");
const t = suite("sagepipe bin");
const project = tempProject("bin");
const BUNDLE = project.path("bundle");

// The pipeline writes where `@sagepipe/core` resolves for it, so a test can see which copy it got.
project.write({
  "p.ts": `import { writeFileSync } from "node:fs";
import { Pipeline, Processing, processor } from "@sagepipe/core";
writeFileSync(process.env.TRACE!, import.meta.resolve("@sagepipe/core"));
const p = processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
@Pipeline({ name: "One", bucket: "my-bucket" })
export class One {
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing() b() { return p.run({ inputs: [{ source: this.a().outputs.o, destination: "/opt/ml/processing/input" }], outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
  "count.ts": `import { Pipeline, Processing, processor } from "@sagepipe/core";
const p = processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: -1 });
@Pipeline({ name: "Count", bucket: "my-bucket" })
export class Count {
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
  "cycle.ts": `import { Pipeline, Processing, processor } from "@sagepipe/core";
const p = processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
@Pipeline({ name: "Cyclic", bucket: "my-bucket" })
export class Cyclic {
  @Processing() a() { return p.run({ inputs: [{ source: this.b().outputs.o, destination: "/opt/ml/processing/input" }], outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing() b() { return p.run({ inputs: [{ source: this.a().outputs.o, destination: "/opt/ml/processing/input" }], outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
});

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  /** The URL `@sagepipe/core` resolved to in the user's pipeline (p.ts only). */
  core: string;
}

let runs = 0;
async function sagepipe(args: string[], env: Record<string, string> = {}): Promise<Ran> {
  const trace = project.path(`trace-${++runs}`);
  writeFileSync(trace, "");
  const childEnv: NodeJS.ProcessEnv = { ...process.env, SAGEPIPE_BUNDLE_DIR: BUNDLE, SAGEPIPE_CACHE: "off", TRACE: trace, ...env };
  delete childEnv.SAGEPIPE_DEBUG; // it turns the bundle off
  const options = { cwd: project.dir, env: childEnv };
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], options);
    return { code: 0, stdout, stderr, core: readFileSync(trace, "utf8") };
  } catch (e) {
    const failed = e as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, core: readFileSync(trace, "utf8") };
  }
}

/** The folder of this installation's bundle inside a SAGEPIPE_BUNDLE_DIR (named after the CLI's path). */
const own = (dir: string) => {
  const [sub, ...more] = readdirSync(dir);
  assert.ok(sub && more.length === 0, `one installation's folder in ${dir}`);
  return join(dir, sub);
};
interface Manifest {
  folder: string;
  inputs: [string, number, number][];
}
const manifestIn = (dir: string) => JSON.parse(readFileSync(join(own(dir), "manifest.json"), "utf8")) as Manifest;
const manifest = () => manifestIn(BUNDLE);
const definition = (out: string) => readFileSync(project.path(`${out}/One.json`), "utf8");

t.after(() => project.remove());

t("first use makes the bundle; the pipeline shares its @sagepipe/core; same bytes as from the sources", async () => {
  const bundled = await sagepipe(["build", "p.ts", "--out", "out-bundled"]);
  assert.is(bundled.code, 0, bundled.stderr);
  const { folder } = manifest();
  assert.is(bundled.core, `file://${join(own(BUNDLE), folder, "core.mjs")}`);
  const sources = await sagepipe(["build", "p.ts", "--out", "out-sources"], { SAGEPIPE_BUNDLE: "off" });
  assert.is(sources.code, 0, sources.stderr);
  assert.is(sources.core, `file://${join(REPO, "packages/core/src/index.ts")}`);
  assert.is(definition("out-bundled"), definition("out-sources"));
  assert.ok(definition("out-bundled").includes('"Get": "Steps.A.ProcessingOutputConfig.Outputs[\'o\'].S3Output.S3Uri"'));
});

t("a fresh bundle is reused as it is", async () => {
  const before = manifest().folder;
  const again = await sagepipe(["build", "p.ts", "--out", "out-again"]);
  assert.is(again.code, 0, again.stderr);
  assert.is(manifest().folder, before);
  assert.ok(again.core.includes(`/${before}/core.mjs`));
});

t("a changed source file makes a new bundle", async () => {
  const m = manifest();
  const core = m.inputs.find(([file]) => file.endsWith("packages/core/src/index.ts"));
  assert.ok(core, "the manifest lists @sagepipe/core's entry source");
  core[2] -= 1000; // as if the file had been saved since the bundle was made
  writeFileSync(join(own(BUNDLE), "manifest.json"), JSON.stringify(m));
  const after = await sagepipe(["build", "p.ts", "--out", "out-changed"]);
  assert.is(after.code, 0, after.stderr);
  assert.is.not(manifest().folder, m.folder);
  assert.ok(after.core.includes(`/${manifest().folder}/core.mjs`));
  assert.is(definition("out-changed"), definition("out-sources"));
});

t("a damaged manifest is replaced", async () => {
  writeFileSync(join(own(BUNDLE), "manifest.json"), '{"format":1,"folder":');
  const after = await sagepipe(["build", "p.ts", "--out", "out-damaged"]);
  assert.is(after.code, 0, after.stderr);
  assert.ok(after.core.includes(`/${manifest().folder}/core.mjs`));
});

t("a manifest naming a bundle that cannot be loaded is replaced", async () => {
  const m = { ...manifest(), folder: "b-gone", inputs: [] };
  writeFileSync(join(own(BUNDLE), "manifest.json"), JSON.stringify(m));
  const after = await sagepipe(["build", "p.ts", "--out", "out-gone"]);
  assert.is(after.code, 0, after.stderr);
  assert.is.not(manifest().folder, "b-gone");
  assert.ok(after.core.includes(`/${manifest().folder}/core.mjs`));
});

t("a bundle made for another installation is not used", async () => {
  const m = { ...manifest(), cli: "/another/checkout/packages/cli/" };
  writeFileSync(join(own(BUNDLE), "manifest.json"), JSON.stringify(m));
  const after = await sagepipe(["build", "p.ts", "--out", "out-other"]);
  assert.is(after.code, 0, after.stderr);
  assert.is.not(manifest().folder, m.folder);
  assert.ok(after.core.includes(`/${manifest().folder}/core.mjs`));
});

t("processes starting together share one valid bundle", async () => {
  const dir = project.path("bundle-together");
  const all = await Promise.all([1, 2, 3].map((i) => sagepipe(["build", "p.ts", "--out", `out-together-${i}`], { SAGEPIPE_BUNDLE_DIR: dir })));
  for (const r of all) assert.is(r.code, 0, r.stderr);
  for (const i of [1, 2, 3]) assert.is(definition(`out-together-${i}`), definition("out-sources"));
  const m = manifestIn(dir);
  assert.ok(readdirSync(own(dir)).includes(m.folder));
  const next = await sagepipe(["build", "p.ts", "--out", "out-together-next"], { SAGEPIPE_BUNDLE_DIR: dir });
  assert.ok(next.core.includes(`/${m.folder}/core.mjs`), "the next process uses the manifest's bundle");
});

t("a bundle folder that cannot be written: the command runs from the sources", async () => {
  const r = await sagepipe(["build", "p.ts", "--out", "out-unwritable"], { SAGEPIPE_BUNDLE_DIR: project.path("p.ts/bundle") });
  assert.is(r.code, 0, r.stderr);
  assert.is(r.core, `file://${join(REPO, "packages/core/src/index.ts")}`);
  assert.is(definition("out-unwritable"), definition("out-sources"));
});

t("user errors and usage errors keep their exit codes and messages", async () => {
  const cycle = await sagepipe(["check", "cycle.ts"]);
  assert.is(cycle.code, 1);
  assert.match(cycle.stdout + cycle.stderr, /SP1\d\d/);
  assert.match(cycle.stdout + cycle.stderr, /cycle\.ts:5:/);
  const unknown = await sagepipe(["nope"]);
  assert.is(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command 'nope'/);
  const graph = await sagepipe(["graph", "p.ts", "--format", "mermaid"]);
  assert.is(graph.code, 0, graph.stderr);
  assert.match(graph.stdout, /s_a\s*-->.*s_b/);
});

t("a mistake found in the built definition is placed at its line:col, with the bundle and from the sources", async () => {
  // Such a place comes from the user's stack frames, mapped to TypeScript lines by source maps.
  for (const env of [{}, { SAGEPIPE_BUNDLE: "off" }] as Record<string, string>[]) {
    const r = await sagepipe(["build", "count.ts", "--out", "out-count"], env);
    assert.is(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout + r.stderr, /count\.ts:2:109: error SP962: a\(\): InstanceCount must be an integer from 1 to 100/);
  }
});

t.run();
