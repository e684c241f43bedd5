// A full disk during a local run: the job's own writes (its folder on a full disk) and the
// runner's (moving outputs into a full store). Before, the runner crashed (exit 2), run.json stayed
// Executing, the partial output stayed on disk, and every later save failed. Each case uses a
// 2 MB tmpfs (we run as root; without it the test fails and says so, it never skips).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { runLocal, type RunRecord } from "@sagepipe/local";
import { definition, processing, PYTHON, workspace } from "../local/support.ts";

const step = (r: RunRecord, name: string) => r.steps.find((s) => s.name === name)!;

/** Mounts a 2 MB tmpfs at `dir`; returns how to unmount it. */
function smallDisk(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=2m", "tmpfs", dir], { stdio: "pipe" });
  } catch (e) {
    throw new Error(`this test needs a small tmpfs (mount -t tmpfs -o size=2m tmpfs ${dir}, as root): ${String((e as { stderr?: Buffer }).stderr ?? e)}`);
  }
  return () => execFileSync("umount", [dir]);
}

const fill = (mb: number) =>
  `import os\nos.makedirs('/opt/ml/processing/out', exist_ok=True)\nfor i in range(${mb}):\n    open(f'/opt/ml/processing/out/part{i}.bin', 'wb').write(os.urandom(1024 * 1024))\nprint('wrote', ${mb}, 'MB')\n`;
const out = { OutputName: "out", S3Output: { S3Uri: "s3://my-bucket/out", LocalPath: "/opt/ml/processing/out", S3UploadMode: "EndOfJob" } };

const t = suite("a full disk during a local run");

t("the job fills the disk of its run folder: step Failed with what to do, its partial output removed, run.json Failed", async () => {
  const ws = await workspace("full-job");
  const disk = join(ws.dir, "disk");
  const unmount = smallDisk(disk);
  try {
    const wsDir = join(disk, ".sagepipe");
    const run = await runLocal({
      definition: definition([processing("Fill", "fill.py", { outputs: [out] })]),
      pipelineName: "Full",
      assets: await ws.scripts({ "fill.py": fill(4) }),
      workspace: wsDir,
      storeRoot: ws.store,
      python: PYTHON,
    });
    assert.is(run.status, "Failed");
    const error = step(run, "Fill").error!;
    assert.match(error, "No space left on device");
    assert.match(error, `the disk ran out of space: free space there, then finish the run with sagepipe run --local --resume ${run.runId}`);
    assert.is(existsSync(join(wsDir, "runs", run.runId, "steps", "Fill", "job")), false);
    const saved = JSON.parse(readFileSync(join(wsDir, "runs", run.runId, "run.json"), "utf8")) as RunRecord;
    assert.is(saved.status, "Failed");
    assert.is(step(saved, "Fill").status, "Failed");
    assert.is(existsSync(join(ws.store, "my-bucket", "out")), false);
  } finally {
    unmount();
    await ws.remove();
  }
});

t("the store is full when the outputs move in: the error names the path, nothing partial stays, run.json Failed", async () => {
  const ws = await workspace("full-store");
  const store = join(ws.dir, "store");
  const unmount = smallDisk(store);
  try {
    const run = await runLocal({
      definition: definition([processing("Fill", "fill.py", { outputs: [out] })]),
      pipelineName: "Full",
      assets: await ws.scripts({ "fill.py": fill(3) }),
      workspace: ws.workspace,
      storeRoot: store,
      python: PYTHON,
    });
    assert.is(run.status, "Failed");
    const error = step(run, "Fill").error!;
    assert.match(error, new RegExp(`^no space left on the device writing ${store}/my-bucket/out/part\\d\\.bin\\.tmp-\\S+ \\(ENOSPC\\): free space on that disk`));
    assert.match(error, `then finish the run with sagepipe run --local --resume ${run.runId}`);
    const left = existsSync(join(store, "my-bucket", "out")) ? readdirSync(join(store, "my-bucket", "out")) : [];
    assert.equal(left, []);
    assert.is(existsSync(join(ws.workspace, "runs", run.runId, "steps", "Fill", "job")), false);
    const saved = JSON.parse(readFileSync(join(ws.workspace, "runs", run.runId, "run.json"), "utf8")) as RunRecord;
    assert.is(saved.status, "Failed");
  } finally {
    unmount();
    await ws.remove();
  }
});

t("the store refuses writes (a read-only file system): the run does not start, the error names the path and the fix, exit code 1", async () => {
  const ws = await workspace("ro-store");
  const store = join(ws.dir, "store");
  const unmount = smallDisk(store);
  try {
    mkdirSync(join(store, "my-bucket", "code"), { recursive: true });
    execFileSync("mount", ["-o", "remount,ro", store]);
    const error = await runLocal({
      definition: definition([processing("Fill", "fill.py", { outputs: [out] })]),
      pipelineName: "Full",
      assets: await ws.scripts({ "fill.py": fill(1) }),
      workspace: ws.workspace,
      storeRoot: store,
      python: PYTHON,
    }).then(() => undefined, (e: Error & { exitCode?: number }) => e);
    assert.is(error?.exitCode, 1);
    assert.match(error!.message, new RegExp(`^sagepipe run --local: the file system is read-only writing ${store}/\\.sagepipe-run\\.lock \\(EROFS\\): make that path writable by this user`));
    assert.is(existsSync(join(ws.workspace, "runs")), false);
  } finally {
    unmount();
    await ws.remove();
  }
});

t.run();
