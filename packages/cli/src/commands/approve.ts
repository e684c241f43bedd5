import { approvalCommand } from "../aws/approval-command.ts";
import { defaultDeps, type AwsCommandDeps } from "../aws/command-deps.ts";
import type { Command } from "../command.ts";

/** `sagepipe approve`, with its AWS clients from `deps`. */
export function approveCommand(deps: AwsCommandDeps = defaultDeps): Command {
  return approvalCommand("approve", deps);
}

/** `sagepipe approve <model-package-arn>`. */
export const approve = approveCommand();
