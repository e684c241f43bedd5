import { join, relative, resolve } from "node:path";
import { formatLocalRuns, listLocalRuns } from "@sagepipe/local";
import { parseCommandArgs } from "../args.ts";
import { UsageError, type CommandIO } from "../command.ts";

/** Usage of `sagepipe runs --local`, for the runs command's help. */
export const RUNS_LOCAL_USAGE = `       sagepipe runs --local [--workspace <dir>] [--format text|json]

With --local, lists the runs of sagepipe run --local under <workspace>/runs (default
.sagepipe/runs), newest first. A run whose process died is Interrupted (resume it with
sagepipe run --local --resume <run-id>).`;

/** `sagepipe runs --local`: the local runs. */
export async function runRunsLocal(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs("runs", args, {
    local: { type: "boolean" },
    workspace: { type: "string" },
    format: { type: "string", default: "text" },
  });
  if (positionals.length) throw new UsageError(`sagepipe runs --local: lists every local run; drop '${positionals.join(" ")}'.`);
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`sagepipe runs --local: --format is text or json, not '${values.format}'.`);
  const workspace = resolve(io.cwd, values.workspace ?? ".sagepipe");
  const runs = await listLocalRuns(workspace);
  if (values.format === "json") io.out(JSON.stringify(runs, null, 2));
  else io.out(formatLocalRuns(runs, relative(io.cwd, join(workspace, "runs")) || "."));
  return 0;
}
