import { resolve } from "node:path";
import { loadBuildOutput, type DeployableBuild } from "@sagepipe/aws";
import { buildPipelines, formatDiagnostics } from "@sagepipe/compiler";
import { UsageError, type CommandIO } from "../command.ts";

/** The part of `@sagepipe/compiler` these commands use. */
export interface CompilerApi {
  buildPipelines(entry: string, options: { readonly only: readonly string[]; readonly importModule?: CommandIO["importModule"] }): Promise<{
    readonly ok: boolean;
    readonly diagnostics: readonly unknown[];
    readonly pipelines: readonly DeployableBuild[];
  }>;
  formatDiagnostics(diagnostics: readonly unknown[], options: { readonly color: boolean; readonly cwd: string }): string;
}

/** The real compiler. */
export const realCompiler: CompilerApi = {
  buildPipelines: (entry, options) => buildPipelines(entry, options),
  formatDiagnostics: (diagnostics, options) => formatDiagnostics(diagnostics as Parameters<typeof formatDiagnostics>[0], options),
};

/** The flags that choose what to deploy or diff. */
export const BUILD_FLAGS = {
  definition: { type: "string", multiple: true },
  pipeline: { type: "string", multiple: true },
} as const;

/** Their usage text. */
export const BUILD_FLAGS_USAGE = [
  "  <entry>                    the pipeline file to build (every check runs first)",
  "  --definition <file.json>   use a build written by `sagepipe build` instead of <entry> (repeatable);",
  "                             the <Name>.assets.json manifest beside it lists the assets",
  "  --pipeline <name>          only this pipeline, when there are several (repeatable)",
].join("\n");

function pick(command: string, builds: readonly DeployableBuild[], names: readonly string[]): DeployableBuild[] {
  if (!names.length) return [...builds];
  const known = builds.map((b) => b.name);
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length) {
    throw new UsageError(`sagepipe ${command}: --pipeline ${unknown.join(", ")}: not among the built pipelines (${known.join(", ") || "none"}).`);
  }
  return builds.filter((b) => names.includes(b.name));
}

/**
 * The builds a command works on: `--definition` files read back from disk, or `<entry>` built
 * now with every check. A failed build prints its diagnostics and is a user error (exit 1);
 * nothing is sent to AWS.
 */
export async function loadBuilds(
  command: string,
  positionals: readonly string[],
  values: { readonly definition?: readonly string[]; readonly pipeline?: readonly string[] },
  io: CommandIO,
  compiler: CompilerApi,
): Promise<DeployableBuild[]> {
  const files = values.definition ?? [];
  const names = values.pipeline ?? [];
  if (files.length && positionals.length) throw new UsageError(`sagepipe ${command}: give <entry> or --definition, not both.`);
  if (files.length) return pick(command, await Promise.all(files.map((f) => loadBuildOutput(resolve(io.cwd, f)))), names);
  if (positionals.length !== 1 || !positionals[0]) {
    throw new UsageError(`sagepipe ${command}: expected one <entry> (a pipeline .ts file) or --definition <file.json>.\nRun \`sagepipe ${command} --help\`.`);
  }
  const result = await compiler.buildPipelines(resolve(io.cwd, positionals[0]), { only: names, importModule: io.importModule });
  if (result.diagnostics.length) io.err(compiler.formatDiagnostics(result.diagnostics, { color: io.isTTY, cwd: io.cwd }));
  if (!result.ok) throw Object.assign(new Error(`sagepipe ${command}: the build failed (see above); nothing was sent to AWS.`), { exitCode: 1 });
  return pick(command, result.pipelines, names);
}
