import { readFileSync } from "node:fs";
import { codeFolderEntries } from "./code-folder.ts";
import { localPath as absolute, pathKind as kind } from "./local-path.ts";
import { basename, isAbsolute, join, resolve } from "node:path";
import { requireBucket, StepError, type RenderContext } from "../steps/render-context.ts";
import { jobPrefix } from "./code-upload.ts";
import { addGeneratedAsset } from "./generated-asset.ts";
import { tarGz, type TarEntry } from "./tar-gz.ts";

/** Local code a framework job runs: an entry point, alone or inside a source folder, plus dependencies. */
export interface SourceBundleSpec {
  /** The script to run; relative to `sourceDir` when that is given. */
  readonly entryPoint: string;
  /** A folder whose contents become the root of the bundle. */
  readonly sourceDir?: string;
  /** Extra files or folders, each put at the root of the bundle under its own name. */
  readonly dependencies?: readonly string[];
}


/** What is wrong with the spec's local paths (empty when all exist as they should). */
export function sourceBundleProblems(spec: SourceBundleSpec, ctx: RenderContext): string[] {
  const problems: string[] = [];
  if (spec.sourceDir !== undefined) {
    const dir = absolute(spec.sourceDir, ctx);
    if (kind(dir) !== "dir") problems.push(`sourceDir '${spec.sourceDir}' is not a folder (looked for ${dir})`);
    else if (kind(join(dir, spec.entryPoint)) !== "file") problems.push(`entry point '${spec.entryPoint}' is not a file in sourceDir '${spec.sourceDir}'`);
  } else if (kind(absolute(spec.entryPoint, ctx)) !== "file") {
    problems.push(`entry point '${spec.entryPoint}' is not a file (looked for ${absolute(spec.entryPoint, ctx)})`);
  }
  for (const dep of spec.dependencies ?? []) {
    if (!kind(absolute(dep, ctx))) problems.push(`dependency '${dep}' does not exist (looked for ${absolute(dep, ctx)})`);
  }
  return problems;
}

function filesUnder(dir: string, prefix: string): TarEntry[] {
  return codeFolderEntries(dir)
    .filter((e) => e.kind === "file")
    .map((e) => ({ name: prefix ? `${prefix}/${e.rel}` : e.rel, bytes: readFileSync(e.path) }));
}

function pathEntries(path: string, name: string): TarEntry[] {
  return kind(path) === "dir" ? filesUnder(path, name) : [{ name, bytes: readFileSync(path) }];
}

/** The bundle's files, as the SDK packs `sourcedir.tar.gz`. */
export function sourceBundleEntries(spec: SourceBundleSpec, ctx: RenderContext): TarEntry[] {
  const root = spec.sourceDir !== undefined
    ? filesUnder(absolute(spec.sourceDir, ctx), "")
    : pathEntries(absolute(spec.entryPoint, ctx), basename(spec.entryPoint));
  const deps = (spec.dependencies ?? []).flatMap((d) => pathEntries(absolute(d, ctx), basename(absolute(d, ctx))));
  return [...root, ...deps];
}

/**
 * Packs the bundle as `sourcedir.tar.gz` and records it as an asset at
 * `s3://<bucket>/<pipeline>/code/<hash>/sourcedir.tar.gz` (or, for a plain session,
 * `<job folder>/source/sourcedir.tar.gz`). Returns the folder URI (no trailing slash) and the bundle's URI.
 */
export function uploadSourceBundle(spec: SourceBundleSpec, hash: string, ctx: RenderContext, baseJobName: string | undefined): { folder: string; s3Uri: string } {
  const problems = sourceBundleProblems(spec, ctx);
  if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}. Paths are relative to the pipeline's source folder.`);
  const bucket = requireBucket(ctx, "uploading local code");
  const folder = ctx.codeLocation === "job" ? `${jobPrefix(bucket, baseJobName, ctx, hash)}/source` : `s3://${bucket}/${ctx.pipelineName}/code/${hash}`;
  const s3Uri = `${folder}/sourcedir.tar.gz`;
  addGeneratedAsset(ctx, s3Uri, "sourcedir.tar.gz", tarGz(sourceBundleEntries(spec, ctx)));
  return { folder, s3Uri };
}
