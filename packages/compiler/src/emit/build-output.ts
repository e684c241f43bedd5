import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Asset } from "@sagepipe/core";

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
}

/** The definition's text: 2-space indent, keys as emitted (the SDK's order), newline at the end. */
export function serializeDefinition(definition: object): string {
  return JSON.stringify(definition, null, 2) + "\n";
}

/** The files a build writes into `outDir`: definitions, asset manifests, staged assets. */
export function buildOutputFiles(pipelines: readonly BuiltPipeline[], outDir: string): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const p of pipelines) {
    files.set(join(outDir, `${p.name}.json`), p.definitionJson);
    const assets = p.assets.map((a) => {
      const file = `assets/${a.sha256}/${basename(a.localPath)}`;
      files.set(join(outDir, file), readFileSync(a.localPath));
      return { s3Uri: a.s3Uri, file, sha256: a.sha256, bytes: a.bytes };
    });
    const manifest = { pipelineName: p.name, definition: `${p.name}.json`, assets };
    files.set(join(outDir, `${p.name}.assets.json`), JSON.stringify(manifest, null, 2) + "\n");
  }
  return files;
}
