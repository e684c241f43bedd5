import { resolve } from "node:path";
import { checkEntry, diagnosticsToJson, formatDiagnostics } from "@sagepipe/compiler";
import { onePositional, parseCommandArgs } from "../args.ts";
import { UsageError, type Command, type CommandIO } from "../command.ts";
import { rebuildOnChange, type WatchedRun } from "../rebuild-on-change.ts";

export const check: Command = {
  name: "check",
  summary: "Find mistakes in a pipeline's source without running it",
  usage: `usage: sagepipe check <entry.ts> [--format text|json] [--no-typecheck] [--watch]

Reads the @Pipeline classes of <entry.ts> (and what it imports) statically, type-checks them
with TypeScript (the project's own when installed; --no-typecheck skips it) and runs every
check. Runs none of the pipeline's code. --watch checks again whenever a file it read
changes, printing one line per check; Ctrl-C stops it (exit 0). Exit codes: 0 no errors (warnings allowed), 1 errors,
2 usage or internal error.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("check", args, { format: { type: "string", default: "text" }, "no-typecheck": { type: "boolean" }, watch: { type: "boolean" } });
    if (values.format !== "text" && values.format !== "json") throw new UsageError(`sagepipe check: --format is text or json, not '${values.format}'.`);
    const entry = resolve(io.cwd, onePositional("check", positionals, "one entry file"));
    const once = async () => checkOnce(entry, !values["no-typecheck"], values.format === "json", io, values.watch === true);
    if (values.watch) return rebuildOnChange(once, io, { verb: "checked" });
    return (await once()).code;
  },
};

function checkOnce(entry: string, typecheck: boolean, json: boolean, io: CommandIO, watching: boolean): WatchedRun {
  const result = checkEntry(entry, { typecheck, watchInstalled: watching });
  if (json) {
    io.out(JSON.stringify({ ok: result.ok, diagnostics: diagnosticsToJson(result.diagnostics, { cwd: io.cwd }) }, null, 2));
  } else if (result.diagnostics.length) {
    io.err(formatDiagnostics(result.diagnostics, { color: io.isTTY, cwd: io.cwd }));
  } else {
    const n = result.facts.pipelines.length;
    io.out(`ok: ${n} pipeline${n === 1 ? "" : "s"}, ${result.facts.pipelines.reduce((a, p) => a + p.steps.length, 0)} steps, no problems found`);
  }
  return { code: result.ok ? 0 : 1, inputs: result.inputs };
}
