// Locks of local runs, across real processes: while a run is going, a resume of it and another
// run on its store are refused with its pid and change nothing; a run whose process is killed
// (SIGKILL, SIGTERM) is listed and recorded as Interrupted, its locks do not block, and --resume
// finishes it without rerunning the steps that had finished.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { listLocalRuns, type RunRecord } from "@sagepipe/local";
import { REPO } from "../support/temp-project.ts";
import { definition, input, output, processing, PYTHON, workspace, type Workspace } from "../local/support.ts";

const BIN = join(REPO, "packages/cli/bin/sagepipe.js");
const DRIVER = new URL("./run-driver.ts", import.meta.url).pathname;

const SCRIPTS = {
  "first.py": "open('/opt/ml/processing/o/first.txt', 'w').write('first')\n",
  // Sleeps as long as the store's config says, so the test can catch it running.
  "slow.py": "import time\nfor _ in range(int(open('/opt/ml/processing/config/sleep.txt').read()) * 10):\n    time.sleep(0.1)\nopen('/opt/ml/processing/s/slow.txt', 'w').write('slow')\n",
};
const PIPELINE = definition([
  processing("First", "first.py", { outputs: [output("Locked", "First", "o")] }),
  processing("Slow", "slow.py", {
    inputs: [input("config", "s3://my-bucket/config/sleep.txt", "/opt/ml/processing/config")],
    outputs: [output("Locked", "Slow", "s")],
    extra: { DependsOn: ["First"] },
  }),
]);

interface Finished { readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly stdout: string; readonly stderr: string }

function finished(child: ChildProcess): Promise<Finished> {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d));
  child.stderr!.on("data", (d: Buffer) => (stderr += d));
  return new Promise((done) => child.on("close", (code, signal) => done({ code, signal, stdout, stderr })));
}

let optionFiles = 0;
function startRun(ws: Workspace, options: Record<string, unknown>): ChildProcess {
  const file = join(ws.dir, `options-${optionFiles++}.json`);
  writeFileSync(file, JSON.stringify({ workspace: ws.workspace, python: PYTHON, maxParallel: 1, ...options }));
  return spawn(process.execPath, ["--import", "tsx", DRIVER, file], { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
}

function readRecord(ws: Workspace, runId: string): RunRecord {
  return JSON.parse(readFileSync(join(ws.workspace, "runs", runId, "run.json"), "utf8")) as RunRecord;
}

/** Waits until the only run under the workspace has its Slow step executing; returns its id. The 240 s bound only stops a hang. */
async function slowStepRunning(ws: Workspace, child: ChildProcess): Promise<string> {
  for (const deadline = Date.now() + 240_000; Date.now() < deadline; ) {
    assert.is(child.exitCode, null, "the run ended before its Slow step started");
    const runs = existsSync(join(ws.workspace, "runs")) ? readdirSync(join(ws.workspace, "runs")) : [];
    for (const id of runs) {
      try {
        if (readRecord(ws, id).steps.find((s) => s.name === "Slow")?.status === "Executing") return id;
      } catch {
        // not written yet
      }
    }
    await sleep(100);
  }
  throw new Error("the Slow step never started");
}

const lockFiles = (ws: Workspace, runId: string) => [join(ws.workspace, "runs", runId, "lock"), join(ws.store, ".sagepipe-run.lock")].filter((f) => existsSync(f));

async function killedMidRun(ws: Workspace, signal: NodeJS.Signals, whileRunning: (runId: string, pid: number) => Promise<void>): Promise<{ runId: string; before: RunRecord }> {
  await ws.put("s3://my-bucket/config/sleep.txt", "600"); // killed long before: room for a loaded machine
  const assets = await ws.scripts(SCRIPTS);
  const run = startRun(ws, { definition: PIPELINE, pipelineName: "Locked", assets });
  const done = finished(run);
  const runId = await slowStepRunning(ws, run);
  await whileRunning(runId, run.pid!);
  const before = readRecord(ws, runId);
  run.kill(signal);
  const end = await done;
  assert.is(end.signal ?? String(end.code), signal, `the run ended by ${signal}: ${end.stderr}`);
  return { runId, before };
}

async function resumeFinishes(ws: Workspace, runId: string, before: RunRecord): Promise<void> {
  await ws.put("s3://my-bucket/config/sleep.txt", "0");
  const resumed = await finished(startRun(ws, { resume: runId }));
  assert.is(resumed.code, 0, resumed.stderr);
  const after = readRecord(ws, runId);
  assert.is(after.status, "Succeeded");
  assert.is(after.attempt, 2);
  const first = (r: RunRecord) => r.steps.find((s) => s.name === "First")!;
  assert.is(first(after).attempt, 1, "First, finished before the kill, is not rerun");
  assert.is(first(after).startedAt, first(before).startedAt);
  assert.is(after.steps.find((s) => s.name === "Slow")!.attempt, 2);
  assert.is(readFileSync(join(ws.store, "my-bucket", "Locked", runId, "Slow", "output", "s", "slow.txt"), "utf8"), "slow");
  assert.equal(lockFiles(ws, runId), [], "no lock left after the run");
}

const t = suite("local run locks under faults");

t("a running run refuses a resume and a second run with its pid; killed (SIGKILL) it is Interrupted, and resume finishes it", async () => {
  const ws = await workspace("locks-kill");
  try {
    const { runId, before } = await killedMidRun(ws, "SIGKILL", async (id, pid) => {
      const [resume, second] = await Promise.all([
        finished(startRun(ws, { resume: id })),
        finished(startRun(ws, { definition: PIPELINE, pipelineName: "Locked", assets: await ws.scripts(SCRIPTS) })),
      ]);
      assert.is(resume.code, 1);
      assert.match(resume.stderr, `--resume ${id}: run ${id} is still going in process ${pid}`);
      assert.is(second.code, 1);
      assert.match(second.stderr, `is in use by run ${id} in process ${pid}`);
      assert.equal(readdirSync(join(ws.workspace, "runs")), [id], "the refused run left no run folder");
      const live = readRecord(ws, id);
      assert.is(live.status, "Executing");
      assert.is(live.attempt, 1, "the refused resume did not touch run.json");
      assert.ok(existsSync(join(ws.workspace, "runs", id, "steps", "Slow")), "the live job's folder is still there");
      assert.equal((await listLocalRuns(ws.workspace)).map((r) => r.status), ["Executing"], "a live run is listed as Executing");
    });
    assert.is(readRecord(ws, runId).status, "Executing", "SIGKILL left run.json as it was");
    assert.equal(lockFiles(ws, runId).length, 2, "SIGKILL left the lock files (stale: their pid is dead)");
    const listed = spawnSync(process.execPath, [BIN, "runs", "--local", "--workspace", ws.workspace], { cwd: ws.dir, encoding: "utf8" });
    assert.is(listed.status, 0, listed.stderr);
    assert.match(listed.stdout, new RegExp(`Interrupted +${runId}  Locked  attempt 1  the process doing the run ended before it finished; resume it with: sagepipe run --local --resume ${runId}`));
    const record = readRecord(ws, runId);
    assert.is(record.status, "Interrupted", "run.json says Interrupted once read");
    assert.is(record.steps.find((s) => s.name === "Slow")!.status, "Failed");
    await resumeFinishes(ws, runId, before);
  } finally {
    await ws.remove();
  }
});

t("SIGTERM during a run removes its locks; the run is Interrupted and resume finishes it", async () => {
  const ws = await workspace("locks-term");
  try {
    const { runId, before } = await killedMidRun(ws, "SIGTERM", async () => {});
    assert.equal(lockFiles(ws, runId), [], "the signal handler removed the locks");
    assert.equal((await listLocalRuns(ws.workspace)).map((r) => [r.runId, r.status]), [[runId, "Interrupted"]]);
    assert.is(readRecord(ws, runId).status, "Interrupted");
    await resumeFinishes(ws, runId, before);
  } finally {
    await ws.remove();
  }
});

t.run();
