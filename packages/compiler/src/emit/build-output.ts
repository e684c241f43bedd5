import { createHash } from "node:crypto";
import { basename, join } from "node:path";
import type { Asset, LambdaFunctionAsset } from "@sagepipe/core";

/** One pipeline, built. */
export interface BuiltPipeline {
  readonly name: string;
  readonly className: string;
  readonly definition: object;
  /** The exact bytes of `<name>.json`. */
  readonly definitionJson: string;
  readonly assets: readonly Asset[];
  /** From `@Pipeline`: what deploy sends besides the definition (its flags override these). */
  readonly roleArn?: string;
  readonly description?: string;
  readonly displayName?: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly maxParallelExecutionSteps?: number;
  /** The region the definition was built for (its image URIs are regional); deploy refuses another. */
  readonly region?: string;
  /** Lambda functions the pipeline defines; deploy creates or updates them before the pipeline. */
  readonly lambdaFunctions?: readonly LambdaFunctionAsset[];
}

/** The manifest's `deploy` section: what `deploy --definition` needs besides the definition and assets. */
function deploySection(p: BuiltPipeline, files: Map<string, string>, outDir: string): object | undefined {
  const lambdaFunctions = (p.lambdaFunctions ?? []).map(({ zip, ...fn }) => {
    const zipFile = `lambda/${zip.sha256}/${basename(zip.localPath)}`;
    files.set(join(outDir, zipFile), zip.localPath);
    return { ...fn, zipFile, sha256: zip.sha256, bytes: zip.bytes };
  });
  const section = {
    region: p.region,
    roleArn: p.roleArn,
    description: p.description,
    displayName: p.displayName,
    tags: p.tags,
    maxParallelExecutionSteps: p.maxParallelExecutionSteps,
    lambdaFunctions: lambdaFunctions.length ? lambdaFunctions : undefined,
  };
  return Object.values(section).some((v) => v !== undefined) ? section : undefined;
}

/** The definition's text: 2-space indent, keys as emitted (the SDK's order), newline at the end. */
export function serializeDefinition(definition: object): string {
  return JSON.stringify(definition, null, 2) + "\n";
}

/**
 * What a build writes into `outDir`, in the order it is made visible: staged assets (copied
 * from their local paths), then definitions, then asset manifests. A manifest names its
 * definition by sha256, so a reader can tell a matching pair from one a build left half done.
 */
export interface BuildOutputSet {
  /** Target path -> the local file to copy there (`assets/<sha256>/<file name>`). */
  readonly assets: ReadonlyMap<string, string>;
  readonly definitions: ReadonlyMap<string, string>;
  readonly manifests: ReadonlyMap<string, string>;
}

/** sha256 of a text's UTF-8 bytes, as hex. */
export function sha256OfText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The files a build writes into `outDir`. */
export function buildOutputFiles(pipelines: readonly BuiltPipeline[], outDir: string): BuildOutputSet {
  const assets = new Map<string, string>();
  const definitions = new Map<string, string>();
  const manifests = new Map<string, string>();
  for (const p of pipelines) {
    definitions.set(join(outDir, `${p.name}.json`), p.definitionJson);
    const entries = p.assets.map((a) => {
      const file = `assets/${a.sha256}/${basename(a.localPath)}`;
      assets.set(join(outDir, file), a.localPath);
      return { s3Uri: a.s3Uri, file, sha256: a.sha256, bytes: a.bytes };
    });
    const manifest = { pipelineName: p.name, definition: `${p.name}.json`, definitionSha256: sha256OfText(p.definitionJson), assets: entries, deploy: deploySection(p, assets, outDir) };
    manifests.set(join(outDir, `${p.name}.assets.json`), JSON.stringify(manifest, null, 2) + "\n");
  }
  return { assets, definitions, manifests };
}
