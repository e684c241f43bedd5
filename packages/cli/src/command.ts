/** One sub-command of `sagepipe`. Each lives in its own file under `commands/`. */
export interface Command {
  /** The word after `sagepipe`. */
  readonly name: string;
  /** One line for `sagepipe --help`. */
  readonly summary: string;
  /** Full usage text for `sagepipe <name> --help`. */
  readonly usage: string;
  /** Runs the command; resolves to the process exit code (0 ok, 1 user errors, 2 usage or internal). */
  run(args: string[], io: CommandIO): Promise<number>;
}

/** Where a command writes; tests pass their own. */
export interface CommandIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** True when stdout is a terminal (code frames, colours, live progress). */
  readonly isTTY: boolean;
  /** The terminal's width in columns, when stdout is one (the live progress table fits its rows to it). */
  readonly columns?: number;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /**
   * How builds import the user's TypeScript modules, when the process loads them itself (the
   * `sagepipe` bin passes its tsx loader). Without it the compiler finds a way (its default).
   */
  readonly importModule?: (url: string) => Promise<Record<string, unknown>>;
}

/**
 * An error meant for the user: its message is printed as is (no stack), and the process
 * exits with `exitCode`. Any package may throw an Error carrying a numeric `exitCode`
 * property; the CLI treats it the same way, so packages need not import this one.
 */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export function isUserFacing(e: unknown): e is Error & { exitCode: number } {
  return e instanceof Error && typeof (e as { exitCode?: unknown }).exitCode === "number";
}
