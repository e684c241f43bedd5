import { resolve } from "node:path";
import { warmBuild, type PrintedLine, type WarmBuildKey } from "@sagepipe/compiler/warm-build";
import { onePositional, parseCommandArgs } from "../args.ts";
import type { BuildResult, TypeCheckServerUse } from "@sagepipe/compiler";
import { UsageError, type Command, type CommandIO } from "../command.ts";
import { rebuildOnChange, type WatchedRun } from "../rebuild-on-change.ts";
import { assertOutFolder } from "../out-folder.ts";
import { cliPackageDir } from "../own-package.ts";
import { typecheckServerUse } from "../typecheck-server-use.ts";

export const build: Command = {
  name: "build",
  summary: "Check and build the pipeline definitions of an entry file (writes <Name>.json and assets)",
  usage: `usage: sagepipe build <entry.ts> [--out dir] [--pipeline Name] [--format text|json] [--no-typecheck] [--no-server] [--watch]

Extracts every @Pipeline class of <entry.ts> and the files it imports, type-checks them
with TypeScript (the project's own when installed; --no-typecheck skips it), runs the checks,
evaluates the classes and writes <PipelineName>.json, <PipelineName>.assets.json and the
staged code under assets/ into --out (default: out). On any error, writes nothing.
--watch builds again whenever a file the build read changes (its TypeScript files, the
tsconfig, the code it uploads), printing one line per build; Ctrl-C stops it (exit 0).
The type check goes through the project's type-check server, started in the background by
the first build (see \`sagepipe server --help\`); --no-server (or SAGEPIPE_TYPECHECK_SERVER=off,
or CI set) checks in this process only.
Exit codes: 0 built, 1 errors in the pipeline, 2 usage or internal error.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("build", args, {
      out: { type: "string", default: "out" },
      pipeline: { type: "string", multiple: true },
      format: { type: "string", default: "text" },
      "no-typecheck": { type: "boolean" },
      "no-server": { type: "boolean" },
      watch: { type: "boolean" },
    });
    if (values.format !== "text" && values.format !== "json") throw new UsageError(`sagepipe build: --format is text or json, not '${values.format}'.`);
    const entry = resolve(io.cwd, onePositional("build", positionals, "one entry file"));
    const outDir = resolve(io.cwd, values.out!);
    assertOutFolder("build", outDir, io.cwd);
    const json = values.format === "json";
    const key: WarmBuildKey = { entry, outDir, only: values.pipeline ?? [], typecheck: !values["no-typecheck"], output: `${values.format} color=${io.isTTY}`, cwd: io.cwd, toolDir: cliPackageDir() };
    // A watch keeps its own program between builds: no server.
    if (values.watch) return rebuildOnChange(() => buildOnce(key, json, io, { watching: true }), io, { verb: "built" });
    // Nothing changed since the last build: its result stands, and the compiler is not even loaded.
    const warm = warmBuild(key, io.env);
    if (warm) {
      for (const [stream, text] of warm) io[stream](text);
      return 0;
    }
    return (await buildOnce(key, json, io, { record: true, typecheckServer: typecheckServerUse(io.env, values["no-server"]) })).code;
  },
};

/** How one build runs: `record` keeps its result for an unchanged build to reuse; `watching`: one of a watch's builds. */
interface BuildRun {
  readonly record?: boolean;
  readonly typecheckServer?: TypeCheckServerUse | undefined;
  readonly watching?: boolean;
}

/** Builds, prints the result, and (with `record`) keeps it for an unchanged build to reuse. */
async function buildOnce(key: WarmBuildKey, json: boolean, io: CommandIO, { record = false, typecheckServer, watching = false }: BuildRun = {}): Promise<WatchedRun> {
  const { buildPipelines, recordBuild } = await import("@sagepipe/compiler");
  const result = await buildPipelines(key.entry, { outDir: key.outDir, only: key.only, typecheck: key.typecheck, importModule: io.importModule, watchInstalled: watching, ...(typecheckServer ? { typecheckServer } : {}) });
  const printed: PrintedLine[] = [];
  const shown: CommandIO = { ...io, out: (text) => (printed.push(["out", text]), io.out(text)), err: (text) => (printed.push(["err", text]), io.err(text)) };
  const run = await printResult(result, key.outDir, json, shown);
  if (record) recordBuild(key, result, printed, io.env);
  if (watching && result.changedPackages?.length) io.err(reinstalledNote(result.changedPackages));
  return run;
}

/**
 * A watch's note when installed packages changed under it: the type check read their new
 * declarations, but the pipeline's code runs with the packages this process loaded first
 * (a module once imported stays loaded: `@sagepipe/core`, the user's dependencies).
 */
export function reinstalledNote(names: readonly string[]): string {
  const which = names.length > 3 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", ");
  return `note: ${which} changed in node_modules since this watch loaded ${names.length === 1 ? "it" : "them"}: the type check uses the new declarations, but the build still runs the code loaded then. Restart the watch (Ctrl-C, then the same command) to build with the new version.`;
}

async function printResult(result: BuildResult, outDir: string, json: boolean, io: CommandIO): Promise<WatchedRun> {
  const { diagnosticsToJson, formatDiagnostics } = await import("@sagepipe/compiler");
  const inputs = result.inputs;
  if (json) {
    io.out(JSON.stringify({ ok: result.ok, diagnostics: diagnosticsToJson(result.diagnostics, { cwd: io.cwd }), pipelines: result.pipelines.map((p) => ({ name: p.name, file: resolve(outDir, `${p.name}.json`), assets: p.assets.length })) }, null, 2));
    return { code: result.ok ? 0 : 1, inputs };
  }
  if (result.diagnostics.length) io.err(formatDiagnostics(result.diagnostics, { color: io.isTTY, cwd: io.cwd }));
  if (!result.ok) {
    io.err("Build failed: nothing was written.");
    return { code: 1, inputs };
  }
  for (const p of result.pipelines) io.out(`built ${p.name} -> ${resolve(outDir, `${p.name}.json`)} (${p.definitionJson.length} bytes, ${p.assets.length} asset${p.assets.length === 1 ? "" : "s"})`);
  return { code: 0, inputs };
}
