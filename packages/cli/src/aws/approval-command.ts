import { setModelApproval } from "@sagepipe/aws";
import { onePositional, parseCommandArgs } from "../args.ts";
import type { Command } from "../command.ts";
import type { AwsCommandDeps } from "./command-deps.ts";
import { AWS_FLAGS, AWS_FLAGS_USAGE, awsOptionsFrom } from "./connect.ts";
import { definedOnly } from "./integer-flag.ts";

/** `sagepipe approve` or `sagepipe reject`: one UpdateModelPackage call. */
export function approvalCommand(name: "approve" | "reject", deps: AwsCommandDeps): Command {
  const status = name === "approve" ? "Approved" : "Rejected";
  return {
    name,
    summary: `${name === "approve" ? "Approve" : "Reject"} a model package (ModelApprovalStatus ${status})`,
    usage: `usage: sagepipe ${name} <model-package-arn> [--description <text>] [options]

Sets the model package's approval status to ${status}. \`sagepipe models <group>\` lists the ARNs.

  --description <text>   ApprovalDescription

${AWS_FLAGS_USAGE}`,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs(name, args, { ...AWS_FLAGS, description: { type: "string" } });
      const arn = onePositional(name, positionals, "one model package ARN");
      await setModelApproval(arn, status, {
        clients: deps.connect(awsOptionsFrom(values, io)),
        ...definedOnly({ description: values.description }),
      });
      io.out(`${arn}: ${status}`);
      return 0;
    },
  };
}
