// Runs `sagepipe` in-process with an in-memory CommandIO, for CLI tests.
import type { CommandIO } from "../../packages/cli/src/command.ts";
import { main } from "../../packages/cli/src/main.ts";

/** What one run of the CLI printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `sagepipe <args>` in `cwd`; `isTTY` chooses code frames with colour. */
export async function sagepipe(args: readonly string[], cwd: string, isTTY = false): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CommandIO = {
    out: (t) => (stdout += t.endsWith("\n") ? t : t + "\n"),
    err: (t) => (stderr += t.endsWith("\n") ? t : t + "\n"),
    isTTY,
    cwd,
    env: { ...process.env, SAGEPIPE_DEBUG: "" },
  };
  const code = await main([...args], io);
  return { code, stdout, stderr };
}

/** The Abalone example's files, for copying into a temp project. */
export const ABALONE = new URL("../../examples/abalone/", import.meta.url).pathname;
