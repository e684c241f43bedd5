import { parseParameterArgs, startExecution } from "@sagepipe/aws";
import { UsageError, type Command } from "../command.ts";
import { defaultDeps, type AwsCommandDeps } from "../aws/command-deps.ts";
import { AWS_FLAGS, AWS_FLAGS_USAGE, awsOptionsFrom } from "../aws/connect.ts";
import { definedOnly, integerFlag } from "../aws/integer-flag.ts";
import { onePositional, parseCommandArgs } from "../args.ts";
import { WATCH_FLAGS, WATCH_FLAGS_USAGE, intervalFrom, watchWithDisplay } from "../aws/watch-display.ts";

const usage = `usage: sagepipe start <pipeline> [--param <Name>=<value> ...] [options]

Starts a run of a deployed pipeline and prints its execution ARN. Values are checked first
against the parameters the deployed definition declares: unknown names, values of the wrong
type (Integer, Float, Boolean), values outside EnumValues and missing values for parameters
without a default are errors, and nothing is started.

  --param <Name>=<value>   a parameter value (repeatable)
  --display-name <name>    PipelineExecutionDisplayName
  --description <text>     PipelineExecutionDescription
  --max-parallel <n>       ParallelismConfiguration for this run
  --wait                   then watch the run until it ends (as \`sagepipe watch\`)
${WATCH_FLAGS_USAGE}

${AWS_FLAGS_USAGE}`;

/** `sagepipe start`, with its AWS clients from `deps`. */
export function startCommand(deps: AwsCommandDeps = defaultDeps): Command {
  return {
    name: "start",
    summary: "Start a run of a deployed pipeline, parameters checked first (--wait to watch it)",
    usage,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs("start", args, {
        ...AWS_FLAGS, ...WATCH_FLAGS,
        param: { type: "string", multiple: true }, "display-name": { type: "string" }, description: { type: "string" },
        "max-parallel": { type: "string" }, wait: { type: "boolean" },
      });
      const name = onePositional("start", positionals, "one pipeline name");
      const parsed = parseParameterArgs(values.param ?? []);
      if (parsed.problems.length) throw new UsageError(`sagepipe start: ${parsed.problems.join(" ")}`);
      const interval = intervalFrom("start", values.interval);
      const maxParallel = integerFlag("start", "max-parallel", values["max-parallel"], 1);
      const clients = deps.connect(awsOptionsFrom(values, io));
      const started = await startExecution(name, {
        clients,
        parameters: parsed.values,
        ...definedOnly({ displayName: values["display-name"], description: values.description, maxParallelExecutionSteps: maxParallel }),
      });
      io.out(started.executionArn);
      return values.wait === true ? watchWithDisplay(started.executionArn, clients, io, interval) : 0;
    },
  };
}

/** `sagepipe start <pipeline>`. */
export const start = startCommand();
