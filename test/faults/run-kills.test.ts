// A local run killed at each phase (through the SAGEPIPE_TEST_PAUSE_AT hook, as builds are in
// build-output.test.ts), by SIGKILL, SIGTERM or SIGINT (Ctrl-C): after the kill no run is left
// `Executing` (a run with a record reads as Interrupted, a run that never wrote one is not
// listed), no lock blocks the next process, a resume (or a new run) finishes, steps that had
// finished are not rerun, and the outputs in the store are whole. Run while jobs run is in
// run-locks.test.ts.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { listLocalRuns, runLocal, type RunRecord } from "@sagepipe/local";
import { REPO } from "../support/temp-project.ts";
import { definition, input, output, outputOf, processing, PYTHON, workspace, type Workspace } from "../local/support.ts";

const DRIVER = new URL("./run-driver.ts", import.meta.url).pathname;

const SCRIPTS = {
  "first.py": "open('/opt/ml/processing/a/a.txt', 'w').write('a')\nopen('/opt/ml/processing/b/b.txt', 'w').write('b')\n",
  "second.py": "open('/opt/ml/processing/c/c.txt', 'w').write(open('/opt/ml/processing/in/a.txt').read() + 'c')\n",
};
const PIPELINE = definition([
  processing("First", "first.py", { outputs: [output("Kills", "First", "a"), output("Kills", "First", "b")] }),
  processing("Second", "second.py", { inputs: [input("in", outputOf("First", "a"), "/opt/ml/processing/in")], outputs: [output("Kills", "Second", "c")] }),
]);

/** What the store holds after a whole run `runId`. */
function expectedOutputs(runId: string): Record<string, string> {
  return { [`${runId}/First/output/a/a.txt`]: "a", [`${runId}/First/output/b/b.txt`]: "b", [`${runId}/Second/output/c/c.txt`]: "ac" };
}

function startRun(ws: Workspace, phase: string, pauseFile: string, assets: unknown): ChildProcess {
  const file = join(ws.dir, "options.json");
  writeFileSync(file, JSON.stringify({ workspace: ws.workspace, python: PYTHON, maxParallel: 1, definition: PIPELINE, pipelineName: "Kills", assets }));
  const env = { ...process.env, SAGEPIPE_TEST_PAUSE_AT: phase, SAGEPIPE_TEST_PAUSE_FILE: pauseFile };
  return spawn(process.execPath, ["--import", "tsx", DRIVER, file], { cwd: REPO, env, stdio: ["ignore", "pipe", "pipe"] });
}

function ended(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d));
  return new Promise((done) => child.on("close", (code, signal) => done({ code, signal, stderr })));
}

/** Waits for the run to reach its pause point (no timed assertion: 240 s only stops a hang). */
async function paused(file: string, child: ChildProcess): Promise<void> {
  for (const deadline = Date.now() + 240_000; !existsSync(file); await sleep(100)) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the run ended (${child.exitCode ?? child.signalCode}) before pausing`);
    if (Date.now() > deadline) throw new Error(`the run did not reach its pause point within 240 s (${file})`);
  }
}

const runIds = (ws: Workspace) => (existsSync(join(ws.workspace, "runs")) ? readdirSync(join(ws.workspace, "runs")) : []);
const readRecord = (ws: Workspace, id: string) => JSON.parse(readFileSync(join(ws.workspace, "runs", id, "run.json"), "utf8")) as RunRecord;

/** Asserts a finished run: Succeeded, every output whole in the store, no lock and no job folder left. */
function assertWhole(ws: Workspace, record: RunRecord): void {
  assert.is(record.status, "Succeeded", record.failureReason);
  for (const [key, text] of Object.entries(expectedOutputs(record.runId))) {
    assert.is(readFileSync(join(ws.store, "my-bucket", "Kills", ...key.split("/")), "utf8"), text, key);
  }
  const runDir = join(ws.workspace, "runs", record.runId);
  assert.equal([join(runDir, "lock"), join(ws.store, ".sagepipe-run.lock")].filter((f) => existsSync(f)), [], "no lock left");
  for (const step of readdirSync(join(runDir, "steps"))) assert.not.ok(existsSync(join(runDir, "steps", step, "job")), `${step}'s job folder is removed`);
}

const CASES = [
  { phase: "set-up", signal: "SIGINT", what: "the store locked and the code copied in, no run folder yet" },
  { phase: "run-folder", signal: "SIGKILL", what: "its folder made under a staging name (definition, bin, lock, run.json), not yet renamed into place" },
  { phase: "staged", signal: "SIGTERM", what: "First's inputs staged, its job not started" },
  { phase: "outputs", signal: "SIGKILL", what: "one of First's two outputs moved into the store" },
  { phase: "finishing", signal: "SIGINT", what: "every step recorded, the run's end not yet" },
] as const;

const t = suite("a local run killed at each phase");

for (const { phase, signal, what } of CASES) {
  t(`killed (${signal}) at '${phase}' (${what}): nothing reads as running, and the run finishes`, async () => {
    const ws = await workspace(`kill-${phase}`);
    try {
      const assets = await ws.scripts(SCRIPTS);
      const pause = join(ws.dir, "pause");
      const child = startRun(ws, phase, pause, assets);
      const done = ended(child);
      await paused(pause, child);
      child.kill(signal);
      const end = await done;
      rmSync(pause, { force: true });
      assert.is(end.signal, signal, `the run ended by ${signal}: ${end.stderr}`);
      const storeLock = existsSync(join(ws.store, ".sagepipe-run.lock"));
      assert.is(storeLock, signal === "SIGKILL", signal === "SIGKILL" ? "SIGKILL leaves the store's lock (stale)" : `${signal} removes the store's lock`);
      const ids = runIds(ws);
      if (phase === "set-up" || phase === "run-folder") {
        if (phase === "set-up") assert.equal(ids, []);
        else assert.match(ids.join(" "), /^\.new-[a-z0-9]{12}-\d+$/, "only the staging folder, under a name that is not a run id");
        assert.equal(await listLocalRuns(ws.workspace), [], "a run that never got its folder is not listed");
        if (phase === "run-folder") {
          assert.equal(runIds(ws), [], "listing removed the staging folder of the dead process");
          const stagedId = ids[0]!.slice(5, 17);
          const resumed = await runLocal({ workspace: ws.workspace, resume: stagedId, python: PYTHON }).then(() => "ran", (e: Error & { exitCode?: number }) => `${e.exitCode} ${e.message}`);
          assert.match(resumed, `1 --resume ${stagedId}: cannot read`);
          assert.match(resumed, "there is no such run");
        }
        const fresh = await runLocal({ definition: PIPELINE, pipelineName: "Kills", assets, workspace: ws.workspace, python: PYTHON, maxParallel: 1 });
        assertWhole(ws, fresh);
        assert.equal(runIds(ws), [fresh.runId]);
        return;
      }
      assert.is(ids.length, 1);
      const id = ids[0]!;
      const before = readRecord(ws, id);
      assert.equal((await listLocalRuns(ws.workspace)).map((r) => [r.runId, r.status]), [[id, "Interrupted"]]);
      if (phase === "outputs") {
        assert.ok(existsSync(join(ws.store, "my-bucket", "Kills", id, "First", "output", "a", "a.txt")), "the first output had moved");
        assert.not.ok(existsSync(join(ws.store, "my-bucket", "Kills", id, "First", "output", "b", "b.txt")), "the second had not");
      }
      const resumed = await runLocal({ workspace: ws.workspace, resume: id, python: PYTHON, maxParallel: 1 });
      assertWhole(ws, resumed);
      assert.is(resumed.attempt, 2);
      const attempts = resumed.steps.map((s) => [s.name, s.attempt]);
      if (phase === "finishing") {
        assert.equal(attempts, [["First", 1], ["Second", 1]], "steps finished before the kill are not rerun");
        assert.equal(resumed.steps.map((s) => s.startedAt), before.steps.map((s) => s.startedAt));
      } else assert.equal(attempts, [["First", 2], ["Second", 1]], "First, cut off, runs again; Second once");
    } finally {
      await ws.remove();
    }
  });
}

t("a run folder being made is never removed: listing and another run (its own store) leave a live process's staging folder; once killed, the next run removes it", async () => {
  const ws = await workspace("kill-staging-live");
  try {
    const assets = await ws.scripts(SCRIPTS);
    const pause = join(ws.dir, "pause");
    const child = startRun(ws, "run-folder", pause, assets);
    const done = ended(child);
    await paused(pause, child);
    const staging = runIds(ws);
    assert.match(staging.join(" "), /^\.new-[a-z0-9]{12}-\d+$/);
    assert.equal(await listLocalRuns(ws.workspace), []);
    const other = await runLocal({ definition: PIPELINE, pipelineName: "Kills", assets, workspace: ws.workspace, storeRoot: join(ws.dir, "other-store"), python: PYTHON, maxParallel: 1 });
    assert.is(other.status, "Succeeded", other.failureReason);
    assert.equal(runIds(ws).sort(), [staging[0]!, other.runId].sort(), "the live process's staging folder is still there");
    child.kill("SIGKILL");
    assert.is((await done).signal, "SIGKILL");
    rmSync(pause, { force: true });
    const fresh = await runLocal({ definition: PIPELINE, pipelineName: "Kills", assets, workspace: ws.workspace, python: PYTHON, maxParallel: 1 });
    assertWhole(ws, fresh);
    assert.equal(runIds(ws).sort(), [other.runId, fresh.runId].sort(), "the dead process's staging folder is gone");
  } finally {
    await ws.remove();
  }
});

t.run();
