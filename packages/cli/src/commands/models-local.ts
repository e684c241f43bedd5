import { join, relative, resolve } from "node:path";
import { formatLocalModels, listLocalModels } from "@sagepipe/local";
import { parseCommandArgs } from "../args.ts";
import { UsageError, type CommandIO } from "../command.ts";

/** Usage of `sagepipe models --local`, for the models command's help. */
export const MODELS_LOCAL_USAGE = `       sagepipe models --local [--workspace <dir>] [--format text|json]

With --local, lists what local runs (sagepipe run --local) registered: model packages by group
and version with their approval status, and models; from <workspace>/registry
(default .sagepipe/registry).`;

/** `sagepipe models --local`: the local registry. */
export async function runModelsLocal(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs("models", args, {
    local: { type: "boolean" },
    workspace: { type: "string" },
    format: { type: "string", default: "text" },
  });
  if (positionals.length) throw new UsageError(`sagepipe models --local: lists every group; drop '${positionals.join(" ")}'.`);
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`sagepipe models --local: --format is text or json, not '${values.format}'.`);
  const workspace = resolve(io.cwd, values.workspace ?? ".sagepipe");
  const found = await listLocalModels(workspace);
  if (values.format === "json") io.out(JSON.stringify(found, null, 2));
  else io.out(formatLocalModels(found, relative(io.cwd, join(workspace, "registry")) || "."));
  return 0;
}
