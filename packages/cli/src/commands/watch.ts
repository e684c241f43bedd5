import type { Command } from "../command.ts";
import { defaultDeps, type AwsCommandDeps } from "../aws/command-deps.ts";
import { AWS_FLAGS, AWS_FLAGS_USAGE, awsOptionsFrom } from "../aws/connect.ts";
import { onePositional, parseCommandArgs } from "../args.ts";
import { WATCH_FLAGS, WATCH_FLAGS_USAGE, intervalFrom, watchWithDisplay } from "../aws/watch-display.ts";

const usage = `usage: sagepipe watch <execution-arn> [options]

Follows a run until it ends, showing each step's status, duration and failure reason: a live
table on a terminal, one line per change otherwise. Exit code 0 when the run succeeded, 1 when
it failed or was stopped.

${WATCH_FLAGS_USAGE}

${AWS_FLAGS_USAGE}`;

/** `sagepipe watch`, with its AWS clients from `deps`. */
export function watchCommand(deps: AwsCommandDeps = defaultDeps): Command {
  return {
    name: "watch",
    summary: "Follow a pipeline run step by step until it ends (exit code from its status)",
    usage,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs("watch", args, { ...AWS_FLAGS, ...WATCH_FLAGS });
      const arn = onePositional("watch", positionals, "one execution ARN");
      const interval = intervalFrom("watch", values.interval);
      return watchWithDisplay(arn, deps.connect(awsOptionsFrom(values, io)), io, interval);
    },
  };
}

/** `sagepipe watch <execution-arn>`. */
export const watch = watchCommand();
