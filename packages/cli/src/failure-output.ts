// How the CLI reports a run that failed outside the pipeline's diagnostics: a file-system
// mistake of the user's (a path that is a folder where a file belongs, an unreadable file) as
// such, anything else as an internal error; with `--format json`, as JSON on stdout too.
import type { CommandIO } from "./command.ts";

const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "it is a folder where a file was expected",
  ENOTDIR: "a part of the path is a file where a folder was expected",
  EEXIST: "a file is already there where a folder was expected",
  ENOENT: "there is no such file or folder",
  ELOOP: "too many symbolic links",
};

const FIX: Readonly<Record<string, string>> = {
  EACCES: "Make it readable (or writable) for this user (chmod), or use a path you own.",
  EPERM: "Make it readable (or writable) for this user (chmod), or use a path you own.",
};

/** A user's file-system mistake behind `e` (code and path), or undefined. */
export function fileProblem(command: string, e: unknown): string | undefined {
  const err = e as NodeJS.ErrnoException | undefined;
  if (!(e instanceof Error) || typeof err?.code !== "string" || !(err.code in FILE_PROBLEMS) || typeof err.path !== "string") return undefined;
  return `sagepipe ${command}: cannot use ${err.path}: ${FILE_PROBLEMS[err.code]} (${err.code}). ${FIX[err.code] ?? "Check the path you gave (a file where a file belongs, a folder where a folder belongs), and run again."}`;
}

/** True when the arguments ask for `--format json`. */
export function wantsJson(args: readonly string[]): boolean {
  return args.some((a, i) => a === "--format=json" || (a === "--format" && args[i + 1] === "json"));
}

/** Prints a failure: the text on stderr; with `--format json` also `{ ok: false, error }` on stdout. */
export function printFailure(io: CommandIO, args: readonly string[], kind: "user" | "file" | "internal", message: string, exitCode: number): void {
  io.err(message);
  if (wantsJson(args)) io.out(JSON.stringify({ ok: false, error: { kind, message, exitCode }, diagnostics: [] }, null, 2));
}
