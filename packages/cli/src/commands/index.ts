import type { Command } from "../command.ts";
import { build } from "./build.ts";
import { check } from "./check.ts";
import { graph } from "./graph.ts";

/** Every sub-command, in the order `sagepipe --help` lists them. One line each. */
export const commands: readonly Command[] = [
  build,
  check,
  graph,
];
