import { formatModelPackages, listModelPackages } from "@sagepipe/aws";
import type { Command } from "../command.ts";
import { defaultDeps, type AwsCommandDeps } from "../aws/command-deps.ts";
import { AWS_FLAGS, AWS_FLAGS_USAGE, awsOptionsFrom } from "../aws/connect.ts";
import { integerFlag } from "../aws/integer-flag.ts";
import { onePositional, parseCommandArgs } from "../args.ts";
import { MODELS_LOCAL_USAGE, runModelsLocal } from "./models-local.ts";

const usage = `usage: sagepipe models <model-package-group> [--limit <n>] [options]
${MODELS_LOCAL_USAGE}

Lists the newest model packages in a group: version, status, approval status, the S3 URI of
their metrics (model quality statistics first) and their ARN, for \`sagepipe approve|reject\`.

  --limit <n>   how many packages (default 10)

${AWS_FLAGS_USAGE}`;

/** `sagepipe models`, with its AWS clients from `deps`. */
export function modelsCommand(deps: AwsCommandDeps = defaultDeps): Command {
  return {
    name: "models",
    summary: "List a model package group's packages with approval status and metrics",
    usage,
    async run(args, io) {
      if (args.includes("--local")) return runModelsLocal(args, io);
      const { values, positionals } = parseCommandArgs("models", args, { ...AWS_FLAGS, limit: { type: "string" } });
      const group = onePositional("models", positionals, "one model package group");
      const limit = integerFlag("models", "limit", values.limit, 1) ?? 10;
      const packages = await listModelPackages(group, { clients: deps.connect(awsOptionsFrom(values, io)), limit });
      io.out(formatModelPackages(group, packages).join("\n"));
      return 0;
    },
  };
}

/** `sagepipe models <group>`. */
export const models = modelsCommand();
