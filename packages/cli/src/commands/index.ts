import type { Command } from "../command.ts";
import { build } from "./build.ts";
import { check } from "./check.ts";
import { graph } from "./graph.ts";
import { deploy } from "./deploy.ts";
import { diff } from "./diff.ts";
import { start } from "./start.ts";
import { runs } from "./runs.ts";
import { watch } from "./watch.ts";
import { stop } from "./stop.ts";
import { models } from "./models.ts";
import { approve } from "./approve.ts";
import { reject } from "./reject.ts";
import { run } from "./run.ts";
import { validate } from "./validate.ts";

/** Every sub-command, in the order `sagepipe --help` lists them. One line each. */
export const commands: readonly Command[] = [
  build,
  check,
  graph,
  validate,
  deploy,
  diff,
  start,
  run,
  runs,
  watch,
  stop,
  models,
  approve,
  reject,
];
