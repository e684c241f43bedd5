import type { Command } from "../command.ts";

/** Every sub-command, in the order `sagepipe --help` lists them. One line each. */
export const commands: readonly Command[] = [
];
