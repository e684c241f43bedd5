import { existsSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

/** The points of a local run where a fault test can stop it (test/faults/run-kills.test.ts). */
export type RunPhase = "set-up" | "run-folder" | "staged" | "outputs" | "finishing";

/**
 * Test hook, the same protocol as the build's (packages/compiler/src/emit/test-pause.ts): with
 * `SAGEPIPE_TEST_PAUSE_AT=<phase>` and `SAGEPIPE_TEST_PAUSE_FILE=<path>` set, the run writes its
 * pid to that file when it first reaches the phase, then waits there (for a test to kill it)
 * until the file is deleted, at most 240 s. The wait is asynchronous, so SIGINT and SIGTERM are
 * handled while paused, as they would be at that point of a real run. Unset, it costs one lookup.
 */
export async function pauseForTest(phase: RunPhase, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env.SAGEPIPE_TEST_PAUSE_AT !== phase || !env.SAGEPIPE_TEST_PAUSE_FILE) return;
  const file = env.SAGEPIPE_TEST_PAUSE_FILE;
  if (paused.has(phase)) return;
  paused.add(phase);
  writeFileSync(file, `${process.pid}\n`);
  for (const deadline = Date.now() + 240_000; existsSync(file) && Date.now() < deadline; ) await sleep(100);
}

const paused = new Set<RunPhase>();
