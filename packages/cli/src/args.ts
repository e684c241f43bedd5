import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./command.ts";
import { didYouMean } from "./did-you-mean.ts";

/** parseArgs with our usage errors: unknown flags and missing values name the command and its help. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(
  command: string,
  args: string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const help = `Run \`sagepipe ${command} --help\` for its options.`;
    const unknown = unknownLongOption(args, options);
    if (unknown) throw new UsageError(`sagepipe ${command}: Unknown option '--${unknown}'.${didYouMean(`--${unknown}`, Object.keys(options).map((o) => `--${o}`))}\n${help}`);
    throw new UsageError(`sagepipe ${command}: ${(e as Error).message}\n${help}`);
  }
}

/** The first `--name` in `args` that is not one of `options` (read by parseArgs itself, not from its message). */
function unknownLongOption(args: string[], options: NonNullable<ParseArgsConfig["options"]>): string | undefined {
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  for (const t of tokens) if (t.kind === "option" && t.rawName.startsWith("--") && !(t.name in options)) return t.name;
  return undefined;
}

/** The one positional argument a command needs. */
export function onePositional(command: string, positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`sagepipe ${command}: expected ${what}, got ${positionals.length ? positionals.join(" ") : "nothing"}.\nRun \`sagepipe ${command} --help\`.`);
  return positionals[0]!;
}
