import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { buildPipelines, formatDiagnostics } from "@sagepipe/compiler";
import { readAssetsManifest, type LocalAsset } from "@sagepipe/local";
import { formatIssues, parseJson, validateDefinition } from "@sagepipe/validate";
import type { CommandIO } from "../command.ts";

/** The pipeline a local run starts from. */
export interface RunSource {
  readonly pipelineName: string;
  readonly definition: unknown;
  readonly assets: readonly LocalAsset[];
  /** Seed folders found beside the entry (`local-store/`). */
  readonly seedDirs: readonly string[];
}

function userError(message: string): Error {
  return Object.assign(new Error(message), { exitCode: 1 });
}

/** Builds `<entry.ts>` in memory and picks the pipeline to run (`--pipeline` when it has several). */
export async function sourceFromEntry(entry: string, only: string | undefined, io: CommandIO): Promise<RunSource> {
  const result = await buildPipelines(entry, { only: only ? [only] : [], importModule: io.importModule });
  if (result.diagnostics.length) io.err(formatDiagnostics(result.diagnostics, { color: io.isTTY, cwd: io.cwd }));
  if (!result.ok) throw userError(`sagepipe run --local: ${entry} did not build; fix the errors above.`);
  const [first, ...more] = result.pipelines;
  if (!first) throw userError(`sagepipe run --local: ${entry} has no pipeline to run.`);
  if (more.length) {
    const names = result.pipelines.map((p) => p.name).join(", ");
    throw userError(`sagepipe run --local: ${entry} has several pipelines (${names}); choose one with --pipeline <Name>.`);
  }
  const seed = join(dirname(entry), "local-store");
  return {
    pipelineName: first.name,
    definition: first.definition,
    assets: first.assets.map((a) => ({ s3Uri: a.s3Uri, localPath: a.localPath, sha256: a.sha256 })),
    seedDirs: existsSync(seed) ? [seed] : [],
  };
}

/** Reads a built `<Name>.json` and, when present, the `<Name>.assets.json` beside it. */
export async function sourceFromDefinition(file: string, io: CommandIO): Promise<RunSource> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "it does not exist" : (e as Error).message;
    throw userError(`sagepipe run --local: cannot read --definition ${file}: ${why}.`);
  }
  const parsed = parseJson(text);
  const shown = relative(io.cwd, file) || file;
  if (!parsed.ok) throw userError(`sagepipe run --local: --definition ${shown}: ${parsed.issue.message}`);
  const issues = validateDefinition(parsed.value);
  if (issues.length) {
    io.err(formatIssues(issues, shown, { source: text }));
    throw userError(`sagepipe run --local: --definition ${shown} is not a valid pipeline definition (the problems above; sagepipe validate shows the same); nothing was run.`);
  }
  const definition = parsed.value;
  const manifestPath = resolve(dirname(file), `${basename(file, ".json")}.assets.json`);
  if (!existsSync(manifestPath)) {
    io.err(`note: no ${basename(manifestPath)} beside ${basename(file)}; code the definition uploads must already be in the local store.`);
    return { pipelineName: basename(file, ".json"), definition, assets: [], seedDirs: [] };
  }
  const { manifest, problems } = await readAssetsManifest(manifestPath);
  if (!manifest) throw userError(`sagepipe run --local:\n  ${problems.join("\n  ")}`);
  return { pipelineName: manifest.pipelineName, definition, assets: manifest.assets, seedDirs: [] };
}
