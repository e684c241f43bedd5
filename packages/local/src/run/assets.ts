import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { ObjectStore } from "../store/object-store.ts";
import { parseS3Uri } from "../store/s3-uri.ts";

/** A local file the definition refers to by S3 URI (a code upload). */
export interface LocalAsset {
  readonly s3Uri: string;
  /** Absolute path of the file. */
  readonly localPath: string;
  /** SHA-256 of the file's bytes, checked when given. */
  readonly sha256?: string;
}

/** A build's `<Pipeline>.assets.json`, with paths made absolute. */
export interface AssetsManifest {
  readonly pipelineName: string;
  /** Absolute path of the definition file. */
  readonly definitionPath: string;
  readonly assets: readonly LocalAsset[];
}

/** Reads a build's assets manifest (docs/contracts.md); problems say which entry and what. */
export async function readAssetsManifest(path: string): Promise<{ manifest?: AssetsManifest; problems: string[] }> {
  let doc: { pipelineName?: unknown; definition?: unknown; definitionSha256?: unknown; assets?: unknown };
  try {
    doc = JSON.parse(await readFile(path, "utf8")) as typeof doc;
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "it does not exist (build writes it beside the definition)" : (e as Error).message;
    return { problems: [`${path}: cannot read the assets manifest: ${why}`] };
  }
  const problems: string[] = [];
  if (typeof doc.pipelineName !== "string") problems.push(`${path}: /pipelineName: missing`);
  if (typeof doc.definition !== "string") problems.push(`${path}: /definition: missing`);
  const base = dirname(path);
  const assets: LocalAsset[] = [];
  (Array.isArray(doc.assets) ? doc.assets : []).forEach((a: { s3Uri?: unknown; file?: unknown; sha256?: unknown }, i) => {
    if (typeof a?.s3Uri !== "string" || typeof a.file !== "string") problems.push(`${path}: /assets/${i}: needs s3Uri and file`);
    else assets.push({ s3Uri: a.s3Uri, localPath: resolve(base, a.file), ...(typeof a.sha256 === "string" ? { sha256: a.sha256 } : {}) });
  });
  if (problems.length) return { problems };
  const definitionPath = resolve(base, doc.definition as string);
  // A manifest names its definition by sha256 (written last by the build): a pair from two builds is refused.
  if (typeof doc.definitionSha256 === "string") {
    const sha256 = createHash("sha256").update(await readFile(definitionPath).catch(() => Buffer.alloc(0))).digest("hex");
    if (sha256 !== doc.definitionSha256) return { problems: [`${definitionPath} is not the definition ${path} was written with: a build was interrupted, or is writing there now. Run \`sagepipe build\` again (or wait for the running one).`] };
  }
  return { manifest: { pipelineName: doc.pipelineName as string, definitionPath, assets }, problems };
}

/** Puts every asset into the store at its S3 URI, checking hashes; problems say which file. */
export async function seedAssets(store: ObjectStore, assets: readonly LocalAsset[]): Promise<string[]> {
  const problems: string[] = [];
  for (const a of assets) {
    if (!parseS3Uri(a.s3Uri)) {
      problems.push(`asset ${a.localPath}: '${a.s3Uri}' is not an s3:// URI`);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(a.localPath);
    } catch {
      problems.push(`asset ${a.localPath} (for ${a.s3Uri}) is missing; rebuild the pipeline`);
      continue;
    }
    if (a.sha256 && createHash("sha256").update(bytes).digest("hex") !== a.sha256) {
      problems.push(`asset ${a.localPath} changed since the build (its sha256 differs from the manifest); rebuild the pipeline`);
      continue;
    }
    await store.putFile(a.localPath, a.s3Uri);
  }
  return problems;
}
