import { exitCodeForStatus, progressLines, progressTable, redrawFrame, watch, type AwsClients, type ExecutionProgress } from "@sagepipe/aws";
import { UsageError, type CommandIO } from "../command.ts";

/** The flag that sets the polling interval. */
export const WATCH_FLAGS = { interval: { type: "string" } } as const;

/** Its usage text. */
export const WATCH_FLAGS_USAGE = "  --interval <seconds>   time between polls (default 10; 0 polls without pause)";

/** The polling interval in milliseconds from `--interval <seconds>`. */
export function intervalFrom(command: string, raw: string | undefined): number {
  if (raw === undefined) return 10_000;
  if (!/^\d+(\.\d+)?$/.test(raw)) throw new UsageError(`sagepipe ${command}: --interval takes a number of seconds, not '${raw}'.`);
  return Math.round(Number(raw) * 1000);
}

/**
 * Watches a run until it ends: on a terminal, a table of steps redrawn in place; otherwise
 * one plain line per change. Resolves to the exit code of the final status (0 Succeeded, 1 else).
 */
export async function watchWithDisplay(executionArn: string, clients: AwsClients, io: CommandIO, intervalMs: number): Promise<number> {
  let previous: ExecutionProgress | undefined;
  let drawn = 0;
  const final = await watch(executionArn, {
    clients,
    intervalMs,
    onProgress: (progress) => {
      const now = new Date();
      if (io.isTTY) {
        const lines = progressTable(progress, now, io.columns);
        io.out(redrawFrame(drawn, lines));
        drawn = lines.length;
      } else {
        const lines = progressLines(previous, progress, now);
        if (lines.length) io.out(lines.join("\n"));
      }
      previous = progress;
    },
  });
  return exitCodeForStatus(final.status);
}
