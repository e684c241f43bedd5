import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, open } from "node:fs/promises";
import { dirname } from "node:path";

/** How a process ended. */
export interface ProcessResult {
  /** Exit code, or undefined when a signal ended it or it never started. */
  readonly exitCode: number | undefined;
  readonly signal: string | undefined;
  readonly timedOut: boolean;
  /** Set when the program could not be started at all (e.g. ENOENT). */
  readonly startError: NodeJS.ErrnoException | undefined;
  readonly durationMs: number;
}

/** Options for `runProcess`. */
export interface RunProcessOptions {
  /** File that receives stdout and stderr, interleaved. */
  readonly logPath: string;
  /** Kill the process group after this long. @default no limit */
  readonly timeoutMs?: number;
  /** Environment of the process. @default this process's environment */
  readonly env?: NodeJS.ProcessEnv;
  /** Called with every chunk of output, for live display. */
  readonly onOutput?: (text: string) => void;
}

/** Runs a program to completion, logging its output to a file; never throws for the program's failures. */
export async function runProcess(argv: readonly string[], options: RunProcessOptions): Promise<ProcessResult> {
  await mkdir(dirname(options.logPath), { recursive: true });
  const log = createWriteStream(options.logPath, { flags: "a" });
  const started = performance.now();
  const result = await new Promise<Omit<ProcessResult, "durationMs">>((resolve) => {
    const [program, ...args] = argv;
    const child = spawn(program!, args, { env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let timedOut = false;
    let startError: NodeJS.ErrnoException | undefined;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (child.pid) process.kill(-child.pid, "SIGKILL");
          }, options.timeoutMs);
    const onData = (d: Buffer) => {
      log.write(d);
      options.onOutput?.(d.toString("utf8"));
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", (e) => (startError = e));
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ exitCode: code ?? undefined, signal: signal ?? undefined, timedOut, startError });
    });
  });
  await new Promise<void>((resolve) => log.end(resolve));
  return { ...result, durationMs: performance.now() - started };
}

/** The last `lines` lines of a log file ("" when it is missing). */
export async function readLogTail(path: string, lines = 30): Promise<string> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch {
    return "";
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 64 * 1024);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    return buffer.toString("utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } finally {
    await handle.close();
  }
}
