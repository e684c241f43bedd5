// A watch's type checks (`watchInstalled`): while nothing changes in the folders of installed
// files, the last program's installed files are reused without a stat of each; a change in
// one of them (a declaration edited in place, a package installed) is seen by the next check.
import fs, { writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { setTimeout as sleep } from "node:timers/promises";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { tempProject } from "../../../../test/support/temp-project.ts";
import { findCheckerTypescript } from "./checker-typescript.ts";
import { InstalledFilesWatch } from "./installed-files-watch.ts";
import { runTypeCheck } from "./type-check.ts";

const t = suite("installed files watched between type checks");
const PIPELINE = `import { Pipeline, Processing, processor } from "@sagepipe/core";
import { flavour } from "fake-lib";
@Pipeline({ name: "Typed", bucket: "b" })
export class Typed {
  @Processing()
  a() {
    return processor({ role: "arn:aws:iam::123456789012:role/R", image: flavour, instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({ outputs: { data: "/opt/ml/processing/data" } });
  }
}
`;
const project = tempProject("installed-watch", {
  "pipeline.ts": PIPELINE,
  "tsconfig.json": JSON.stringify({ compilerOptions: { target: "es2022", module: "nodenext", strict: true, skipLibCheck: true, noEmit: true } }),
  "node_modules/fake-lib/package.json": JSON.stringify({ name: "fake-lib", version: "1.0.0", types: "index.d.ts" }),
  "node_modules/fake-lib/index.d.ts": "export declare const flavour: string;\n",
});
const entry = project.path("pipeline.ts");
const checker = findCheckerTypescript(project.dir);
const check = (watchInstalled: boolean) => runTypeCheck(entry, [entry], checker, { watchInstalled }).diagnostics.map((d) => `${d.code} ${d.span.line}`);
/** An edit of the pipeline, as a watch rebuilds after one. */
let edits = 0;
const editPipeline = () => writeFileSync(entry, PIPELINE + `// edit ${++edits}\n`);

/**
 * Counts fs.statSync calls on installed TypeScript files while `run` runs (the recording
 * host's named import sees the swap). Not package.json files and folders: TypeScript looks
 * for those itself as it makes any program (each file's module format).
 */
function statsOfInstalledFiles(run: () => void): number {
  const real = fs.statSync;
  const writable = fs as { statSync: typeof fs.statSync };
  let n = 0;
  writable.statSync = ((p: fs.PathLike, o?: fs.StatSyncOptions) => {
    if (/\/node_modules\/.*\.ts$/.test(String(p))) n++;
    return real(p, o);
  }) as typeof fs.statSync;
  syncBuiltinESMExports();
  try {
    run();
  } finally {
    writable.statSync = real;
    syncBuiltinESMExports();
  }
  return n;
}

t.after(() => project.remove());

t("while nothing installed changes, a watched check looks at no installed file; an unwatched one stats each", () => {
  assert.equal(check(true), []);
  editPipeline();
  assert.equal(check(true), [], "the first check after the folders were watched verifies every file");
  // The pipeline unchanged: TypeScript resolves no import again (which looks for files), and
  // asks the host for every file of the last program.
  const watched = statsOfInstalledFiles(() => assert.equal(check(true), []));
  assert.is(watched, 0, "installed files stat-ed by a trusted check");
  const unwatched = statsOfInstalledFiles(() => assert.equal(check(false), []));
  // Here only fake-lib's files are installed ones (the workspace's packages link to their sources).
  assert.ok(unwatched >= 1, `an unwatched check stats each installed file (${unwatched})`);
});

t("a declaration edited in place, then a package.json changed, is seen by the next watched check", async () => {
  for (let i = 0; i < 3; i++) {
    editPipeline();
    assert.equal(check(true), []);
  }
  writeFileSync(project.path("node_modules/fake-lib/index.d.ts"), "export declare const flavour: number;\n");
  await sleep(200); // the folder's change event arrives (a watch's rebuild starts from a timer, after it)
  editPipeline();
  const run = runTypeCheck(entry, [entry], checker, { watchInstalled: true });
  assert.equal(run.diagnostics.map((d) => `${d.code} ${d.span.line}`), ["TS2322 7"]);
  assert.equal([...(run.inputs?.changedInstalled ?? [])], [project.path("node_modules/fake-lib/index.d.ts")], "the changed declaration (a watch tells the user)");
  editPipeline();
  assert.equal([...(runTypeCheck(entry, [entry], checker, { watchInstalled: true }).inputs?.changedInstalled ?? [])], [], "told once");
  writeFileSync(project.path("node_modules/fake-lib/index.d.ts"), "export declare const flavour: string;\n");
  await sleep(200);
  editPipeline();
  assert.equal(check(true), []);
  editPipeline();
  assert.equal(check(true), []);
  writeFileSync(project.path("node_modules/fake-lib/other.d.ts"), "export declare const flavour: boolean;\n");
  writeFileSync(project.path("node_modules/fake-lib/package.json"), JSON.stringify({ name: "fake-lib", version: "2.0.0", types: "other.d.ts" }));
  await sleep(200);
  editPipeline();
  assert.equal(check(true), ["TS2322 7"]);
});

t("a package the pipeline stopped importing, changed meanwhile, is seen when imported again", async () => {
  project.write({
    "node_modules/fake-lib/package.json": JSON.stringify({ name: "fake-lib", version: "1.0.0", types: "index.d.ts" }),
    "node_modules/other-lib/package.json": JSON.stringify({ name: "other-lib", version: "1.0.0", types: "index.d.ts" }),
    "node_modules/other-lib/index.d.ts": "export declare const count: number;\n",
  });
  const withOther = (n: number) => PIPELINE.replace("instanceCount: 1", "instanceCount: count").replace(`import { flavour } from "fake-lib";`, `import { flavour } from "fake-lib";\nimport { count } from "other-lib";`) + `// ${n}\n`;
  for (let n = 0; n < 3; n++) {
    writeFileSync(entry, withOther(n));
    assert.equal(check(true), []);
  }
  for (let n = 0; n < 3; n++) {
    editPipeline();
    assert.equal(check(true), []);
  }
  writeFileSync(project.path("node_modules/other-lib/index.d.ts"), "export declare const count: string;\n");
  await sleep(200);
  writeFileSync(entry, withOther(9));
  assert.equal(check(true), ["TS2322 8"], "other-lib's new declaration");
  editPipeline();
});

t("InstalledFilesWatch: trusted only after a verification with every folder watched, until a change other than a user file's", async () => {
  const dir = project.path("node_modules/fake-lib");
  const watch = new InstalledFilesWatch();
  const inputs = { read: new Map([[`${dir}/index.d.ts`, "x"], [entry, "y"]]), absent: new Set([project.path("types/missing.d.ts")]), links: new Map<string, string>() };
  const isUser = (p: string) => p === entry;
  // Events of the folders' earlier changes still queued would reach this watch too (libuv
  // shares one inotify watch per folder between watchers): let them arrive first.
  await sleep(200);
  try {
    assert.not.ok(watch.trusted(inputs), "a new watch");
    watch.verifying();
    watch.cover(inputs, isUser);
    assert.not.ok(watch.trusted(inputs), "its folders were first watched after the verification");
    watch.verifying();
    watch.cover(inputs, isUser);
    assert.ok(watch.trusted(inputs));
    assert.not.ok(watch.trusted({ ...inputs }), "another program's inputs: its folders may not be the watched ones");
    writeFileSync(entry, PIPELINE);
    await sleep(200);
    assert.ok(watch.trusted(inputs), "a user file's change (the watch compares user files by content)");
    writeFileSync(project.path("notes.txt"), "a file the user's folder gained");
    await sleep(200);
    assert.not.ok(watch.trusted(inputs), "the project folder is watched: the missing types/ would appear in it");
    watch.verifying();
    watch.cover(inputs, isUser);
    assert.ok(watch.trusted(inputs));
    writeFileSync(`${dir}/index.d.ts`, "export declare const flavour: string;\n");
    await sleep(200);
    assert.not.ok(watch.trusted(inputs), "an installed file changed");
  } finally {
    watch.close();
  }
  assert.not.ok(watch.trusted(inputs), "closed");
});

t.run();
