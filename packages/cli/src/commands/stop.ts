import { stopExecution } from "@sagepipe/aws";
import type { Command } from "../command.ts";
import { defaultDeps, type AwsCommandDeps } from "../aws/command-deps.ts";
import { AWS_FLAGS, AWS_FLAGS_USAGE, awsOptionsFrom } from "../aws/connect.ts";
import { onePositional, parseCommandArgs } from "../args.ts";

const usage = `usage: sagepipe stop <execution-arn> [options]

Asks SageMaker to stop a run. It moves to Stopping, then Stopped; \`sagepipe watch\` shows it.

${AWS_FLAGS_USAGE}`;

/** `sagepipe stop`, with its AWS clients from `deps`. */
export function stopCommand(deps: AwsCommandDeps = defaultDeps): Command {
  return {
    name: "stop",
    summary: "Stop a pipeline run",
    usage,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs("stop", args, AWS_FLAGS);
      const arn = onePositional("stop", positionals, "one execution ARN");
      await stopExecution(arn, { clients: deps.connect(awsOptionsFrom(values, io)) });
      io.out(`stopping ${arn}`);
      return 0;
    },
  };
}

/** `sagepipe stop <execution-arn>`. */
export const stop = stopCommand();
