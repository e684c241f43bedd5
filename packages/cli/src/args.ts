import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./command.ts";

/** parseArgs with our usage errors: unknown flags and missing values name the command and its help. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`sagepipe ${command}: ${(e as Error).message}\nRun \`sagepipe ${command} --help\` for its options.`);
  }
}

/** The one positional argument a command needs. */
export function onePositional(command: string, positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`sagepipe ${command}: expected ${what}, got ${positionals.length ? positionals.join(" ") : "nothing"}.\nRun \`sagepipe ${command} --help\`.`);
  return positionals[0]!;
}
