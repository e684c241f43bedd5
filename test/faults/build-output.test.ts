// Faults while a build writes its output: killed at each phase (through the SAGEPIPE_TEST_PAUSE_AT
// hook), a full disk (a small tmpfs when this machine lets us mount one, else an injected
// ENOSPC), a folder it may not write (EACCES: as an unprivileged user, else injected), and two
// builds into one folder at once. After each: no reader accepts a mismatched definition and
// manifest, nothing is half-written, and the next build leaves no leftovers.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { loadBuildOutput } from "@sagepipe/aws";
import { buildPipelines } from "@sagepipe/compiler";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { REPO, tempProject } from "../support/temp-project.ts";

const BIN = join(REPO, "packages/cli/bin/sagepipe.js");
const t = suite("build output under faults");

function pipelineSource(name: string): string {
  return `import { Pipeline, Processing, processor } from "@sagepipe/core";
const p = processor({ role: "arn:aws:iam::123456789012:role/R", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/prep:1", instanceType: "ml.m5.xlarge", instanceCount: 1, command: ["python3"] });
@Pipeline({ name: "${name}", region: "us-east-1", bucket: "my-bucket" })
export class ${name} {
  @Processing() prep() { return p.run({ code: "code/prep.py", outputs: { o: "/opt/ml/processing/o" } }); }
}
`;
}

const project = tempProject("build-faults", {
  "a.ts": pipelineSource("Alpha"),
  "b.ts": pipelineSource("Beta"),
  "code/prep.py": "print('v1')\n",
});
t.after(() => project.remove());

const ENV = { ...process.env, SAGEPIPE_BUNDLE: "off", SAGEPIPE_CACHE: "off", SAGEPIPE_GENERATED_DIR: project.path("generated") };

/** Every file under `dir` (relative path -> bytes), links not followed. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const pending = [dir]; pending.length; ) {
    const d = pending.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) pending.push(path);
      else out.set(relative(dir, path), readFileSync(path, "latin1"));
    }
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

const leftovers = (dir: string) => [...snapshot(dir).keys()].filter((f) => /\.tmp-\d+|\.lock$|\.stale-/.test(f));

/** Asserts the folder holds consistent pairs: each manifest names its definition's bytes and only existing assets, and every asset folder is named. */
async function assertConsistent(out: string, names: readonly string[]): Promise<void> {
  assert.equal(leftovers(out), [], "no temp files or lock left");
  const named = new Set<string>();
  for (const name of names) {
    const build = await loadBuildOutput(join(out, `${name}.json`));
    for (const a of build.assets) {
      assert.ok(existsSync(a.localPath), `${a.localPath} exists`);
      named.add(relative(out, a.localPath).split("/").slice(0, 2).join("/"));
    }
  }
  const folders = existsSync(join(out, "assets")) ? readdirSync(join(out, "assets")).map((h) => `assets/${h}`) : [];
  assert.equal(folders.sort(), [...named].sort(), "every asset folder is named by a manifest (unnamed ones are pruned)");
}

async function buildInProcess(entry: string, out: string): Promise<void> {
  const result = await buildPipelines(project.path(entry), { outDir: out, cacheDir: false });
  assert.ok(result.ok, JSON.stringify(result.diagnostics));
}

function startBuild(entry: string, out: string, env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [BIN, "build", project.path(entry), "--out", out], { env: { ...ENV, ...env }, stdio: ["ignore", "pipe", "pipe"] });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })));
}

/**
 * Waits until the build writes its pause file (it has reached the phase), or fails when the build
 * exits first. No timed assertion: the bound (240 s) only stops a test that would hang, and is
 * generous so that a loaded machine, where type checking alone can take a minute, still passes.
 */
async function waitFor(file: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 240_000;
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  while (!existsSync(file)) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the build exited (${child.exitCode ?? child.signalCode}) before pausing: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`the build did not reach the phase within 240 s (pause file ${file})`);
    await sleep(100);
  }
}

for (const phase of ["locked", "staged", "assets", "definitions", "manifests"] as const) {
  t(`killed at '${phase}': readers see the old pair or refuse a mismatched one; the next build cleans up`, async () => {
    const out = project.path(`kill-${phase}`);
    writeFileSync(project.path("code/prep.py"), "print('v1')\n");
    await buildInProcess("a.ts", out);
    const before = snapshot(out);
    writeFileSync(project.path("code/prep.py"), `print('v2 ${phase}')\n`);
    const pause = project.path(`pause-${phase}`);
    const child = startBuild("a.ts", out, { SAGEPIPE_TEST_PAUSE_AT: phase, SAGEPIPE_TEST_PAUSE_FILE: pause });
    const done = finished(child);
    await waitFor(pause, child);
    child.kill("SIGKILL");
    assert.is((await done).signal, "SIGKILL");
    rmSync(pause, { force: true });
    if (phase === "locked" || phase === "staged") {
      const now = snapshot(out);
      for (const [file, bytes] of before) assert.ok(now.get(file) === bytes, `${file} is as the last whole build left it`);
      if (phase === "staged") assert.ok(leftovers(out).some((f) => /\.tmp-\d+/.test(f)), "the killed build left temp files");
    }
    try {
      const build = await loadBuildOutput(join(out, "Alpha.json"));
      const text = readFileSync(build.assets[0]!.localPath, "utf8");
      assert.ok(phase !== "definitions", "a new definition with the old manifest is refused");
      assert.is(text, phase === "manifests" ? `print('v2 ${phase}')\n` : "print('v1')\n", "the pair and its asset agree");
    } catch (e) {
      assert.is(phase, "definitions", `only a kill between the definition and the manifest leaves a pair to refuse: ${(e as Error).message}`);
      assert.match((e as Error).message, /is not the definition .* was written with .*: a build was interrupted/, (e as Error).message);
    }
    await buildInProcess("a.ts", out);
    await assertConsistent(out, ["Alpha"]);
    assert.is(readFileSync((await loadBuildOutput(join(out, "Alpha.json"))).assets[0]!.localPath, "utf8"), `print('v2 ${phase}')\n`);
  });
}

t("two builds into one folder at once both finish, and the folder is consistent", async () => {
  const out = project.path("concurrent");
  writeFileSync(project.path("code/prep.py"), "print('both')\n");
  for (let round = 0; round < 2; round++) {
    const results = await Promise.all([finished(startBuild("a.ts", out)), finished(startBuild("b.ts", out)), finished(startBuild("a.ts", out))]);
    for (const r of results) assert.is(r.code, 0, r.stderr);
    await assertConsistent(out, ["Alpha", "Beta"]);
  }
});

/** Mounts a tmpfs of `size` at `dir` when this process may (root, a kernel that lets it); else false. */
function mountTmpfs(dir: string, size: string): boolean {
  mkdirSync(dir, { recursive: true });
  return spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { stdio: "ignore" }).status === 0;
}

/** A module that makes writes under `dir` fail with `code` (for machines where the real fault cannot be made). */
function injector(dir: string, code: string): string {
  const file = project.path(`inject-${code}.mjs`);
  writeFileSync(file, `import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
const fail = (path) => { if (String(path).startsWith(${JSON.stringify(dir)})) throw Object.assign(new Error("${code}: injected, write '" + path + "'"), { code: "${code}", path: String(path) }); };
for (const name of ["writeFileSync", "copyFileSync"]) { const real = fs[name]; fs[name] = (p, ...rest) => { fail(name === "copyFileSync" ? rest[0] : p); return real(p, ...rest); }; }
syncBuiltinESMExports();
`);
  return file;
}

t("a full disk: exit 1, a message naming the path and what to do, the previous build whole", async () => {
  const disk = project.path("small-disk");
  const mounted = mountTmpfs(disk, "256k");
  try {
    const out = join(disk, "out");
    writeFileSync(project.path("code/prep.py"), "print('small')\n");
    await buildInProcess("a.ts", out);
    const before = snapshot(out);
    writeFileSync(project.path("code/prep.py"), `print('big')\n#${"x".repeat(400 * 1024)}\n`);
    const env = mounted ? {} : { NODE_OPTIONS: `--import ${injector(out, "ENOSPC")}` };
    const r = await finished(startBuild("a.ts", out, env));
    assert.is(r.code, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`cannot write ${out.replace(/[/.]/g, "\\$&")}/\\S+: no space left on the device \\(ENOSPC\\)`));
    assert.match(r.stderr, /Nothing in .* was changed.*Free some space/);
    assert.not.match(r.stderr, /internal error|    at /);
    assert.equal(snapshot(out), before, "the output folder is exactly as before: no temp files, nothing half-written");
  } finally {
    if (mounted) spawnSync("umount", [disk]);
  }
});

t("a folder the build may not write: exit 1, permission denied, nothing written", async () => {
  const out = project.path("read-only/out");
  mkdirSync(out, { recursive: true });
  chmodSync(project.path("read-only"), 0o755);
  chmodSync(out, 0o555);
  writeFileSync(project.path("code/prep.py"), "print('ro')\n");
  // root writes anywhere: run as nobody where possible (setpriv), else inject EACCES.
  const asNobody = process.getuid?.() === 0 && spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "true"]).status === 0;
  if (asNobody) chmodSync(project.dir, 0o755); // mkdtemp makes it 0700
  const args = [BIN, "build", project.path("a.ts"), "--out", out];
  const env = { ...ENV, SAGEPIPE_GENERATED_DIR: join("/tmp", `sagepipe-faults-gen-${process.pid}`) };
  const r = asNobody
    ? spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, ...args], { env, encoding: "utf8" })
    : spawnSync(process.execPath, ["--import", injector(out, "EACCES"), ...args], { env, encoding: "utf8" });
  rmSync(env.SAGEPIPE_GENERATED_DIR, { recursive: true, force: true });
  assert.is(r.status, 1, r.stderr);
  assert.match(r.stderr, /cannot write .*: permission denied \(EACCES\).*Make the folder writable/, r.stderr);
  assert.equal(readdirSync(out), [], "nothing was written");
});

t.run();
