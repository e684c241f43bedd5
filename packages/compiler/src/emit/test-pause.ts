import { writeFileSync } from "node:fs";

/** The points of writing a build output where a test can stop the build (test/faults/). */
export type WritePhase = "locked" | "staged" | "assets" | "definitions" | "manifests";

/**
 * Test hook: with `SAGEPIPE_TEST_PAUSE_AT=<phase>` and `SAGEPIPE_TEST_PAUSE_FILE=<path>` set, the
 * build writes its pid to that file when it reaches the phase, then waits there (for a test to
 * kill it) until the file is deleted, at most 240 s. Unset, it costs one lookup.
 */
export function pauseForTest(phase: WritePhase, env: NodeJS.ProcessEnv = process.env): void {
  if (env.SAGEPIPE_TEST_PAUSE_AT !== phase || !env.SAGEPIPE_TEST_PAUSE_FILE) return;
  const file = env.SAGEPIPE_TEST_PAUSE_FILE;
  writeFileSync(file, `${process.pid}\n`);
  const wait = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 2400; i++) {
    try {
      Atomics.wait(wait, 0, 0, 100);
      writeFileSync(file, `${process.pid}\n`, { flag: "r+" });
    } catch {
      return; // the test deleted the file: go on
    }
  }
}
