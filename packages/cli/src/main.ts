import { isUserFacing, type CommandIO } from "./command.ts";
import { commands } from "./commands/index.ts";
import { didYouMean } from "./did-you-mean.ts";
import { fileProblem, printFailure } from "./failure-output.ts";
import { cliVersion } from "./own-package.ts";

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  return [
    "usage: sagepipe <command> [options]",
    "",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `sagepipe help <command>` (or `sagepipe <command> --help`) for a command's options,",
    "`sagepipe --version` for the version.",
  ].join("\n");
}

export function defaultIO(importModule?: CommandIO["importModule"]): CommandIO {
  return {
    ...(importModule ? { importModule } : {}),
    out: (t) => process.stdout.write(t.endsWith("\n") ? t : t + "\n"),
    err: (t) => process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
    isTTY: Boolean(process.stdout.isTTY),
    ...(process.stdout.isTTY && process.stdout.columns ? { get columns() { return process.stdout.columns; } } : {}),
    cwd: process.cwd(),
    env: process.env,
  };
}

/** Runs `sagepipe <argv>`; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: CommandIO = defaultIO()): Promise<number> {
  let [name, ...rest] = argv;
  if (name === "--version" || name === "-v") {
    io.out(cliVersion());
    return 0;
  }
  if (name === "help" && rest.length > 0) [name, ...rest] = [rest[0], "--help"]; // help <command> = <command> --help
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name ? 0 : 2;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.err(`sagepipe: unknown command '${name}'.${didYouMean(name, commands.map((c) => c.name))}\n\n${help()}`);
    return 2;
  }
  try {
    const command = await entry.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(command.usage);
      return 0;
    }
    return await command.run(rest, io);
  } catch (e) {
    if (isUserFacing(e)) {
      printFailure(io, rest, "user", e.message, e.exitCode);
      return e.exitCode;
    }
    const problem = fileProblem(name, e);
    if (problem) {
      printFailure(io, rest, "file", problem, 2);
      return 2;
    }
    printFailure(io, rest, "internal", `sagepipe ${name}: internal error: ${e instanceof Error ? e.message : String(e)}`, 2);
    if (io.env.SAGEPIPE_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    else io.err("(set SAGEPIPE_DEBUG=1 to see the stack; please report it)");
    return 2;
  }
}
