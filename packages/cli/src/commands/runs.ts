import { formatRuns, listRuns } from "@sagepipe/aws";
import type { Command } from "../command.ts";
import { defaultDeps, type AwsCommandDeps } from "../aws/command-deps.ts";
import { AWS_FLAGS, AWS_FLAGS_USAGE, awsOptionsFrom } from "../aws/connect.ts";
import { integerFlag } from "../aws/integer-flag.ts";
import { onePositional, parseCommandArgs } from "../args.ts";
import { RUNS_LOCAL_USAGE, runRunsLocal } from "./runs-local.ts";

const usage = `usage: sagepipe runs <pipeline> [--limit <n>] [options]
${RUNS_LOCAL_USAGE}

Lists the pipeline's most recent runs, newest first: start time (UTC), status, execution ARN,
display name and failure reason.

  --limit <n>   how many runs (default 20)

${AWS_FLAGS_USAGE}`;

/** `sagepipe runs`, with its AWS clients from `deps`. */
export function runsCommand(deps: AwsCommandDeps = defaultDeps): Command {
  return {
    name: "runs",
    summary: "List a pipeline's recent runs with their status",
    usage,
    async run(args, io) {
      if (args.includes("--local")) return runRunsLocal(args, io);
      const { values, positionals } = parseCommandArgs("runs", args, { ...AWS_FLAGS, limit: { type: "string" } });
      const name = onePositional("runs", positionals, "one pipeline name");
      const limit = integerFlag("runs", "limit", values.limit, 1) ?? 20;
      const runs = await listRuns(name, { clients: deps.connect(awsOptionsFrom(values, io)), limit });
      io.out(formatRuns(name, runs).join("\n"));
      return 0;
    },
  };
}

/** `sagepipe runs <pipeline>`. */
export const runs = runsCommand();
