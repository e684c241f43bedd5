import { diffPipeline, formatPipelineDiff, isSame } from "@sagepipe/aws";
import type { Command } from "../command.ts";
import { defaultDeps, type AwsCommandDeps } from "../aws/command-deps.ts";
import { AWS_FLAGS, AWS_FLAGS_USAGE, awsOptionsFrom } from "../aws/connect.ts";
import { BUILD_FLAGS, BUILD_FLAGS_USAGE, loadBuilds } from "../aws/load-builds.ts";
import { parseCommandArgs } from "../args.ts";

const usage = `usage: sagepipe diff <entry> [options]
       sagepipe diff --definition <dir>/<Name>.json [options]

Compares each built definition with the one deployed under its name (DescribePipeline), as
JSON, and prints the differences step by step. Exit code 0 when all are equal, 1 when any
differs or is not deployed.

${BUILD_FLAGS_USAGE}

${AWS_FLAGS_USAGE}`;

/** `sagepipe diff`, with its AWS clients and compiler from `deps`. */
export function diffCommand(deps: AwsCommandDeps = defaultDeps): Command {
  return {
    name: "diff",
    summary: "Show how the built pipelines differ from the deployed ones (exit 1 if they do)",
    usage,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs("diff", args, { ...AWS_FLAGS, ...BUILD_FLAGS });
      const builds = await loadBuilds("diff", positionals, values, io, deps.compiler);
      const clients = deps.connect(awsOptionsFrom(values, io));
      let same = true;
      for (const build of builds) {
        const diff = await diffPipeline(build, { clients });
        io.out(formatPipelineDiff(diff).join("\n"));
        same &&= isSame(diff);
      }
      return same ? 0 : 1;
    },
  };
}

/** `sagepipe diff <entry>`. */
export const diff = diffCommand();
