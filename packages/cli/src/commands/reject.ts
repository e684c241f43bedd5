import { approvalCommand } from "../aws/approval-command.ts";
import { defaultDeps, type AwsCommandDeps } from "../aws/command-deps.ts";
import type { Command } from "../command.ts";

/** `sagepipe reject`, with its AWS clients from `deps`. */
export function rejectCommand(deps: AwsCommandDeps = defaultDeps): Command {
  return approvalCommand("reject", deps);
}

/** `sagepipe reject <model-package-arn>`. */
export const reject = rejectCommand();
