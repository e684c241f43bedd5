import { join, relative } from "node:path";
import type { StepContext } from "../steps/step-context.ts";
import { missingModuleHint } from "./python.ts";
import { readLogTail, type ProcessResult } from "./run-process.ts";
import { readJobFile } from "./job-outputs.ts";
import { INSTALL_BWRAP } from "./sandbox.ts";

async function readIfPresent(mlDir: string | undefined, file: string | undefined): Promise<string | undefined> {
  if (!mlDir || !file) return undefined;
  return (await readJobFile(mlDir, join(mlDir, ...file.split("/"))))?.trim() || undefined;
}

/** Says why a job failed and what to do: exit code or timeout, the job's own failure file, a hint. */
export async function describeJobFailure(
  result: ProcessResult,
  ctx: StepContext,
  options: { readonly mlDir?: string; readonly failureFile?: string; readonly timeoutSeconds?: number } = {},
): Promise<string> {
  const log = relative(process.cwd(), ctx.logPath) || ctx.logPath;
  if (result.startError) {
    const program = ctx.env.docker ? "docker" : "bwrap";
    return result.startError.code === "ENOENT"
      ? `${program} is not installed: ${ctx.env.docker ? "install Docker or drop --docker" : INSTALL_BWRAP}.`
      : `could not start the job (${result.startError.message}).`;
  }
  if (result.timedOut) {
    return `the job ran past StoppingCondition.MaxRuntimeInSeconds (${options.timeoutSeconds} s) and was stopped; raise the limit or shorten the job (log: ${log}).`;
  }
  const tail = await readLogTail(ctx.logPath, 40);
  const ownMessage = await readIfPresent(options.mlDir, options.failureFile);
  const hint = missingModuleHint(tail, ctx.env.python?.path ?? "python3");
  const how = result.exitCode !== undefined ? `exited with code ${result.exitCode}` : `was killed by ${result.signal}`;
  const lastLine = tail.split("\n").filter((l) => l.trim() && !l.startsWith("# sagepipe:")).at(-1);
  return [
    `the job ${how}${ownMessage ? `: ${ownMessage}` : lastLine ? `: ${lastLine.trim()}` : ""}`,
    hint ? `; ${hint}` : "",
    ` (log: ${log})`,
  ].join("");
}
