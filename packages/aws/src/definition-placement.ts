import { createHash } from "node:crypto";
import type { DeployableBuild } from "./deployable.ts";
import { parseS3Uri, type S3Location } from "./s3-uri.ts";

/** CreatePipeline / UpdatePipeline accept at most this many characters of inline PipelineDefinition. */
export const INLINE_DEFINITION_LIMIT = 1_048_576;

/** How the definition reaches SageMaker: in the request, or through an S3 object. */
export type DefinitionPlacement =
  | { readonly kind: "inline"; readonly body: string; readonly bytes: number }
  | { readonly kind: "s3"; readonly body: string; readonly bytes: number; readonly location: S3Location };

/**
 * The bucket for a definition too large to send inline: `--bucket` if given, else the bucket
 * of the build's first asset, else the bucket most `s3://` strings in the definition name
 * (ties: alphabetical). Undefined when none of these exist.
 */
export function chooseDefinitionBucket(build: DeployableBuild, definition: unknown, explicit?: string): string | undefined {
  if (explicit) return explicit;
  const fromAsset = build.assets.map((a) => parseS3Uri(a.s3Uri)?.bucket).find(Boolean);
  if (fromAsset) return fromAsset;
  const counts = new Map<string, number>();
  const visit = (v: unknown): void => {
    if (typeof v === "string") {
      const bucket = /^s3:\/\/([^/]+)/.exec(v)?.[1];
      if (bucket) counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") Object.values(v).forEach(visit);
  };
  visit(definition);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/** The S3 key a large definition is stored at: `<PipelineName>/definition/<sha256>.json`. */
export function definitionKey(pipelineName: string, body: string): string {
  return `${pipelineName}/definition/${createHash("sha256").update(body).digest("hex")}.json`;
}

/**
 * Decides where the definition goes. The body sent is the definition re-serialised compactly
 * (key order kept), which is what SageMaker stores; above {@link INLINE_DEFINITION_LIMIT} bytes it
 * goes through S3. Returns a problem instead when it is too large and no bucket is known.
 */
export function placeDefinition(
  build: DeployableBuild,
  definition: unknown,
  options: { readonly bucket?: string; readonly inlineLimit?: number } = {},
): DefinitionPlacement | { readonly kind: "problem"; readonly message: string } {
  const body = JSON.stringify(definition);
  const bytes = Buffer.byteLength(body, "utf8");
  const limit = options.inlineLimit ?? INLINE_DEFINITION_LIMIT;
  if (bytes <= limit) return { kind: "inline", body, bytes };
  const bucket = chooseDefinitionBucket(build, definition, options.bucket);
  if (!bucket) {
    return {
      kind: "problem",
      message: `${build.name}: the definition is ${formatBytes(bytes)}, over CreatePipeline's ${formatBytes(limit)} inline limit, and no S3 bucket is known to stage it in. Pass --bucket <name> (library: options.definitionBucket).`,
    };
  }
  return { kind: "s3", body, bytes, location: { bucket, key: definitionKey(build.name, body) } };
}

/** `1.5 MB`, `12.0 KB`, `800 B` (binary units). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
