import { appendFile, mkdir } from "node:fs/promises";
import { basename, join } from "node:path";
import type { StepContext } from "../steps/step-context.ts";
import { dockerArguments } from "./docker.ts";
import { ADAPTER_DIR, type ImageAdapter } from "./image-adapters.ts";
import { runProcess, type ProcessResult } from "./run-process.ts";
import { bwrapArguments, type Bind } from "./sandbox.ts";

/** A job to start: the local command, and what to run instead under --docker. */
export interface JobLaunch {
  readonly ctx: StepContext;
  /** The job's folder; `ml/` is bound at /opt/ml and `tmp/` at /tmp. */
  readonly jobDir: string;
  /** Program and arguments inside the sandbox. */
  readonly command: readonly string[];
  /** What to run under --docker; undefined when this job always runs locally. */
  readonly docker?: { readonly image: string; readonly entrypoint?: readonly string[]; readonly args: readonly string[] };
  /** The job's own environment (step Environment, SM_* variables). */
  readonly env: Readonly<Record<string, string>>;
  readonly network: boolean;
  readonly timeoutMs?: number;
  readonly adapter?: ImageAdapter;
  /** Working folder inside the sandbox. @default "/tmp" */
  readonly cwd?: string;
}

/** PATH inside the sandbox: the run's Python first. */
export const SANDBOX_PATH = "/opt/sagepipe/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

function baseEnv(): Record<string, string> {
  return { PATH: SANDBOX_PATH, HOME: "/tmp", LANG: "C.UTF-8", PYTHONUNBUFFERED: "1", PYTHONDONTWRITEBYTECODE: "1" };
}

/** Under a folder the system view already shows (so it needs no bind of its own). */
function shownAlready(path: string): boolean {
  return path === "/usr" || path.startsWith("/usr/");
}

/** Read-only binds of host paths at the same path. */
function sameBinds(paths: readonly string[]): Bind[] {
  return [...new Set(paths)].map((p) => ({ host: p, sandbox: p, readOnly: true }));
}

function adapterBinds(adapter: ImageAdapter | undefined): Bind[] {
  return (adapter?.files ?? []).map((f) => ({ host: f, sandbox: `${ADAPTER_DIR}/${basename(f)}`, readOnly: true }));
}

/** Runs a job's process in the sandbox (or in Docker), logging to the step's log. */
export async function launchJob(launch: JobLaunch): Promise<ProcessResult> {
  const { ctx, jobDir } = launch;
  const mlDir = join(jobDir, "ml");
  const tmpDir = join(jobDir, "tmp");
  await mkdir(tmpDir, { recursive: true });
  const env = { ...baseEnv(), ...launch.env };
  let argv: string[];
  if (ctx.env.docker && launch.docker) {
    argv = ["docker", ...dockerArguments({ ...launch.docker, mlDir, env: launch.env, network: launch.network })];
  } else {
    const binds: Bind[] = [
      ...sameBinds((ctx.env.python?.prefixes ?? []).filter((p) => !shownAlready(p))),
      { host: mlDir, sandbox: "/opt/ml", readOnly: false },
      { host: tmpDir, sandbox: "/tmp", readOnly: false },
      { host: ctx.env.binDir, sandbox: "/opt/sagepipe/bin", readOnly: true },
      ...adapterBinds(launch.adapter),
      ...sameBinds(ctx.env.sandboxReads),
    ];
    argv = ["bwrap", ...bwrapArguments({ command: launch.command, binds, env, cwd: launch.cwd ?? "/tmp", network: launch.network })];
  }
  const shown = ctx.env.docker && launch.docker ? argv.join(" ") : launch.command.join(" ");
  await appendFile(ctx.logPath, `# sagepipe: ${ctx.jobName}: ${shown}\n`);
  const onOutput = ctx.env.onOutput;
  return runProcess(argv, {
    logPath: ctx.logPath,
    ...(launch.timeoutMs !== undefined ? { timeoutMs: launch.timeoutMs } : {}),
    ...(onOutput ? { onOutput: (text: string) => onOutput(ctx.planned.step.Name, text) } : {}),
  });
}
