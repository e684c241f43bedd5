// Test support: a CommandIO that records what a command prints. Never used outside tests.
import type { CommandIO } from "../command.ts";

/** A CommandIO whose output is kept in `out` and `err` (one entry per write). */
export interface CapturedIO extends CommandIO {
  readonly outText: () => string;
  readonly errText: () => string;
}

/** A recording CommandIO; `isTTY` false unless asked, env empty unless given. */
export function captureIO(options: { readonly cwd: string; readonly isTTY?: boolean; readonly columns?: number; readonly env?: NodeJS.ProcessEnv }): CapturedIO {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    isTTY: options.isTTY ?? false,
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
    cwd: options.cwd,
    env: options.env ?? {},
    outText: () => out.join("\n"),
    errText: () => err.join("\n"),
  };
}
