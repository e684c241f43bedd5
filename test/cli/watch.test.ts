// `sagepipe build --watch` and `check --watch` as a user runs them: the real command in a child
// process on a temp project, files edited (in place, by an editor's rename-over save, an
// imported file, the code the pipeline uploads), its output read line by line. It rebuilds on
// each change with one status line naming the file, prints diagnostics as a build does, keeps
// watching after a user error, and exits 0 on Ctrl-C (SIGINT).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { REPO, tempProject } from "../support/temp-project.ts";

const BIN = join(REPO, "packages/cli/bin/sagepipe.js");
const t = suite("build --watch, check --watch");
const project = tempProject("watch");

const HEAD = `import { Pipeline, Processing, processor } from "@sagepipe/core";
import { IMAGE } from "./settings.ts";
const p = processor({ role: "arn:aws:iam::123456789012:role/R", image: IMAGE, instanceType: "ml.m5.xlarge", instanceCount: 1, command: ["python3"] });
`;
const pipeline = (second: string) => HEAD + `@Pipeline({ name: "Watched", region: "us-east-1", bucket: "my-bucket" })
export class Watched {
  @Processing({ name: "Prep" }) prep() { return p.run({ code: "code/prep.py", outputs: { o: "/opt/ml/processing/o" } }); }
  @Processing({ name: "${second}" }) fit() { return p.run({ inputs: [{ source: this.prep().outputs.o, destination: "/opt/ml/processing/i" }] }); }
}
`;
project.write({
  "pipeline.ts": pipeline("Fit"),
  "settings.ts": `export const IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/prep:1";\n`,
  "code/prep.py": "print('v1')\n",
});

/** A running watch: everything it printed so far, and a way to wait for the next status line. */
class Watch {
  readonly child: ChildProcess;
  text = "";
  #seen = 0;
  constructor(args: string[]) {
    this.child = spawn(process.execPath, [BIN, ...args], { cwd: project.dir, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, SAGEPIPE_DEBUG: "" } });
    this.child.stdout!.on("data", (d) => (this.text += d));
    this.child.stderr!.on("data", (d) => (this.text += d));
  }
  /** The output up to and including the next line matching `re` after the last one waited for. */
  async next(re: RegExp): Promise<string> {
    for (let i = 0; i < 1200; i++) {
      const rest = this.text.slice(this.#seen);
      const m = re.exec(rest);
      if (m) {
        const end = rest.indexOf("\n", m.index);
        const upTo = rest.slice(0, end < 0 ? rest.length : end + 1);
        this.#seen += upTo.length;
        return upTo;
      }
      if (this.child.exitCode !== null) break;
      await sleep(50);
    }
    return assert.unreachable(`no line matching ${re} (exit ${this.child.exitCode}); output:\n${this.text}`) as never;
  }
  async stop(): Promise<number | null> {
    const closed = new Promise<number | null>((r) => this.child.on("close", (code) => r(code)));
    this.child.kill("SIGINT");
    return closed;
  }
}

const STATUS = /^\[\d\d:\d\d:\d\d\] .* changed: .* in \d+ ms/m;
const built = () => JSON.parse(readFileSync(project.path("out/Watched.json"), "utf8")) as { Steps: { Name: string }[] };

t("build --watch rebuilds on each change, reports errors and keeps watching, and exits 0 on Ctrl-C", async () => {
  const w = new Watch(["build", "pipeline.ts", "--watch", "--out", "out"]);
  try {
    const first = await w.next(/watching \d+ files/);
    assert.match(first, /built Watched -> /);
    assert.equal(built().Steps.map((s) => s.Name), ["Prep", "Fit"]);

    writeFileSync(project.path("pipeline.ts"), pipeline("Train"));
    let out = await w.next(STATUS);
    assert.match(out, /built Watched -> /);
    assert.match(out, /\] pipeline\.ts changed: built in \d+ ms/);
    assert.equal(built().Steps.map((s) => s.Name), ["Prep", "Train"]);

    // A sagepipe error: the same diagnostics as a build, nothing written, still watching.
    writeFileSync(project.path("pipeline.ts"), pipeline("Prep"));
    out = await w.next(STATUS);
    assert.match(out, /error SP102/);
    assert.match(out, /Build failed: nothing was written\./);
    assert.match(out, /\] pipeline\.ts changed: failed in \d+ ms/);
    assert.equal(built().Steps.map((s) => s.Name), ["Prep", "Train"]);

    // An editor's save: a new file renamed over the old one. A type error in an imported file.
    writeFileSync(project.path("settings.ts.tmp"), `export const IMAGE: number = "x";\n`);
    renameSync(project.path("settings.ts.tmp"), project.path("settings.ts"));
    writeFileSync(project.path("pipeline.ts"), pipeline("Train"));
    out = await w.next(/\] .*settings\.ts.* changed: failed/);
    assert.match(out, /settings\.ts:1:14: error TS2322/);

    writeFileSync(project.path("settings.ts"), `export const IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/prep:2";\n`);
    out = await w.next(STATUS);
    assert.match(out, /\] settings\.ts changed: built/);
    assert.match(readFileSync(project.path("out/Watched.json"), "utf8"), /prep:2/);

    // The same text saved again runs nothing; the code the pipeline uploads is watched too.
    writeFileSync(project.path("settings.ts"), readFileSync(project.path("settings.ts"), "utf8"));
    await sleep(300);
    writeFileSync(project.path("code/prep.py"), "print('v2')\n");
    out = await w.next(STATUS);
    assert.match(out, /\] code\/prep\.py changed: built/);
    assert.not.match(out, /settings\.ts changed/);
    const manifest = readFileSync(project.path("out/Watched.assets.json"), "utf8");
    assert.match(manifest, /prep\.py/);
  } finally {
    assert.is(await w.stop(), 0, w.text);
  }
});

t("check --watch checks again on a change and exits 0 on Ctrl-C", async () => {
  writeFileSync(project.path("pipeline.ts"), pipeline("Fit"));
  const w = new Watch(["check", "pipeline.ts", "--watch"]);
  try {
    assert.match(await w.next(/watching \d+ files/), /ok: 1 pipeline, 2 steps, no problems found/);
    writeFileSync(project.path("pipeline.ts"), pipeline("Prep"));
    const out = await w.next(STATUS);
    assert.match(out, /error SP102/);
    assert.match(out, /\] pipeline\.ts changed: failed in \d+ ms/);
    writeFileSync(project.path("pipeline.ts"), pipeline("Fit"));
    assert.match(await w.next(STATUS), /\] pipeline\.ts changed: checked in \d+ ms/);
  } finally {
    assert.is(await w.stop(), 0, w.text);
  }
});

t("build --watch sees a declaration under node_modules edited in place between rebuilds", async () => {
  // The watch reuses installed files without a stat while nothing changes in their folders
  // (InstalledFilesWatch): a change there must still reach the next rebuild.
  project.write({
    "node_modules/fake-lib/package.json": JSON.stringify({ name: "fake-lib", version: "1.0.0", type: "module", main: "index.js", types: "index.d.ts" }),
    "node_modules/fake-lib/index.js": `export const IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/lib:1";\n`,
    "node_modules/fake-lib/index.d.ts": "export declare const IMAGE: string;\n",
  });
  const fromLib = (n: number) => pipeline("Fit").replace(`"./settings.ts"`, `"fake-lib"`) + `// edit ${n}\n`;
  writeFileSync(project.path("pipeline.ts"), fromLib(0));
  const w = new Watch(["build", "pipeline.ts", "--watch", "--out", "out"]);
  try {
    assert.match(await w.next(/watching \d+ files/), /built Watched -> /);
    for (let n = 1; n <= 3; n++) {
      writeFileSync(project.path("pipeline.ts"), fromLib(n));
      assert.match(await w.next(STATUS), /changed: built/);
    }
    writeFileSync(project.path("node_modules/fake-lib/index.d.ts"), "export declare const IMAGE: number;\n");
    await sleep(300);
    writeFileSync(project.path("pipeline.ts"), fromLib(4));
    const out = await w.next(STATUS);
    assert.match(out, /error TS2322/);
    assert.match(out, /note: fake-lib changed in node_modules since this watch loaded it: .* Restart the watch/);
    assert.match(out, /changed: failed/);
    writeFileSync(project.path("node_modules/fake-lib/index.d.ts"), "export declare const IMAGE: string;\n");
    await sleep(300);
    writeFileSync(project.path("pipeline.ts"), fromLib(5));
    assert.match(await w.next(STATUS), /changed: built/);
  } finally {
    assert.is(await w.stop(), 0, w.text);
    writeFileSync(project.path("pipeline.ts"), pipeline("Fit"));
  }
});

t.after(() => project.remove());
t.run();
