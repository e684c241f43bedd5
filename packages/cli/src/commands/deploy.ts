import { deploy as deployBuild, formatDeployReport } from "@sagepipe/aws";
import { UsageError, type Command } from "../command.ts";
import { defaultDeps, type AwsCommandDeps } from "../aws/command-deps.ts";
import { AWS_FLAGS, AWS_FLAGS_USAGE, awsOptionsFrom } from "../aws/connect.ts";
import { BUILD_FLAGS, BUILD_FLAGS_USAGE, loadBuilds } from "../aws/load-builds.ts";
import { definedOnly, integerFlag } from "../aws/integer-flag.ts";
import { parseCommandArgs } from "../args.ts";

const usage = `usage: sagepipe deploy <entry> --role-arn <arn> [options]
       sagepipe deploy --definition <dir>/<Name>.json --role-arn <arn> [options]

Builds the pipelines (every check runs), uploads their code assets to S3 (skipping those
already there), then creates each pipeline or updates only what changed. Deploying the same
build twice changes nothing the second time, and says so.

${BUILD_FLAGS_USAGE}
  --role-arn <arn>           execution role; needed to create, updated when it differs
  --description <text>       PipelineDescription
  --display-name <name>      PipelineDisplayName
  --tag <key>=<value>        tag to add or overwrite (repeatable); other tags are kept
  --max-parallel <n>         ParallelismConfiguration.MaxParallelExecutionSteps
  --bucket <name>            bucket for a definition over 1 MB (default: the assets' bucket)
  --dry-run                  print what would happen; change nothing

${AWS_FLAGS_USAGE}`;

function parseTags(args: string[]): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const arg of args) {
    const eq = arg.indexOf("=");
    if (eq <= 0) throw new UsageError(`sagepipe deploy: --tag '${arg}': expected key=value.`);
    tags[arg.slice(0, eq)] = arg.slice(eq + 1);
  }
  return tags;
}

/** `sagepipe deploy`, with its AWS clients and compiler from `deps`. */
export function deployCommand(deps: AwsCommandDeps = defaultDeps): Command {
  return {
    name: "deploy",
    summary: "Build, upload assets and create or update the pipelines in SageMaker",
    usage,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs("deploy", args, {
        ...AWS_FLAGS, ...BUILD_FLAGS,
        "role-arn": { type: "string" }, description: { type: "string" }, "display-name": { type: "string" },
        tag: { type: "string", multiple: true }, "max-parallel": { type: "string" }, bucket: { type: "string" },
        "dry-run": { type: "boolean" },
      });
      const tags = parseTags(values.tag ?? []);
      const maxParallel = integerFlag("deploy", "max-parallel", values["max-parallel"], 1);
      const builds = await loadBuilds("deploy", positionals, values, io, deps.compiler);
      const clients = deps.connect(awsOptionsFrom(values, io));
      const settings = definedOnly({
        roleArn: values["role-arn"],
        description: values.description,
        displayName: values["display-name"],
        maxParallelExecutionSteps: maxParallel,
        definitionBucket: values.bucket,
      });
      for (const build of builds) {
        const report = await deployBuild(build, { clients, tags, dryRun: values["dry-run"] === true, ...settings });
        io.out(formatDeployReport(report).join("\n"));
      }
      return 0;
    },
  };
}

/** `sagepipe deploy <entry>`. */
export const deploy = deployCommand();
