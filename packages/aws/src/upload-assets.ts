import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { HeadObjectCommand, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { AwsError } from "./aws-error.ts";
import type { DeployableAsset } from "./deployable.ts";
import { callAws, isNotFound } from "./describe-aws-error.ts";
import { parseS3Uri, type S3Location } from "./s3-uri.ts";

/** What happened (or, in a dry run, would happen) to one asset. */
export interface AssetOutcome {
  readonly s3Uri: string;
  readonly localPath: string;
  /**
   * `uploaded`: sent now; `present`: already in S3 with these bytes, skipped; `missing`: dry
   * run, would upload; `changed`: dry run, in S3 with other bytes, would upload over it.
   */
  readonly status: "uploaded" | "present" | "missing" | "changed";
  readonly bytes: number;
}

/** Problems with the asset list itself (bad URIs, one URI claimed by two different files). */
export function checkAssets(assets: readonly DeployableAsset[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  assets.forEach((a, i) => {
    if (!parseS3Uri(a.s3Uri)) problems.push(`assets[${i}] (${a.localPath}): '${a.s3Uri}' is not an s3://bucket/key URI. Rebuild, or fix the manifest.`);
    const other = seen.get(a.s3Uri);
    if (other !== undefined && other !== a.sha256) problems.push(`assets[${i}]: two different files want ${a.s3Uri}. Give them different names.`);
    seen.set(a.s3Uri, a.sha256);
  });
  return problems;
}

function unreadable(asset: DeployableAsset, e: unknown): AwsError {
  const code = (e as { code?: string }).code;
  const what = code === "EISDIR" ? "is a directory; only files can be uploaded (the build stages folders as archives)" : "cannot be read";
  return new AwsError("ReadAsset", `${asset.localPath}: ${what}. Rebuild with \`sagepipe build\`.`);
}

/** The sha256 of a file, read as a stream (assets can be large archives). */
async function hashFile(asset: DeployableAsset): Promise<{ sha256: string; bytes: number }> {
  try {
    const hash = createHash("sha256");
    let bytes = 0;
    for await (const chunk of createReadStream(asset.localPath)) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
    return { sha256: hash.digest("hex"), bytes };
  } catch (e) {
    throw unreadable(asset, e);
  }
}

/** Checks that a staged file still has the bytes the build recorded; returns its size. */
async function verifyStaged(asset: DeployableAsset): Promise<number> {
  const { sha256, bytes } = await hashFile(asset);
  if (sha256 !== asset.sha256) {
    throw new AwsError("ReadAsset", `${asset.localPath}: the file changed since the build (sha256 ${sha256.slice(0, 12)}…, build recorded ${asset.sha256.slice(0, 12)}…). Rebuild before deploying.`);
  }
  return bytes;
}

/** What HeadObject says of an object: absent, or present with the sha256 our uploads record in its metadata. */
export type ObjectHead = { readonly exists: false } | { readonly exists: true; readonly sha256?: string };

async function headOf(s3: S3Client, location: S3Location): Promise<ObjectHead> {
  try {
    const out = await s3.send(new HeadObjectCommand({ Bucket: location.bucket, Key: location.key }));
    const sha256 = out?.Metadata?.sha256;
    return sha256 ? { exists: true, sha256 } : { exists: true };
  } catch (error) {
    if (isNotFound(error)) return { exists: false };
    throw error;
  }
}

/** True when the object is already in S3. */
export async function objectExists(s3: S3Client, location: S3Location): Promise<boolean> {
  return (await headOf(s3, location)).exists;
}

/** HeadObject of an asset's key, with failures described for the user. */
function headAsset(s3: S3Client, location: S3Location): Promise<ObjectHead> {
  return callAws(
    { operation: "HeadObject", action: "s3:GetObject (and s3:ListBucket)", subject: `s3://${location.bucket}/${location.key}` },
    () => headOf(s3, location),
  );
}

/** Checks one S3 object's presence, with failures described for the user. */
export function headObject(s3: S3Client, location: S3Location): Promise<boolean> {
  return callAws(
    { operation: "HeadObject", action: "s3:GetObject (and s3:ListBucket)", subject: `s3://${location.bucket}/${location.key}` },
    () => objectExists(s3, location),
  );
}

/** Uploads bytes to S3, recording their sha256 as object metadata. */
export function putObject(s3: S3Client, location: S3Location, body: Buffer | string, contentType: string): Promise<unknown> {
  const sha256 = createHash("sha256").update(body).digest("hex");
  return callAws(
    { operation: "PutObject", action: "s3:PutObject", subject: `s3://${location.bucket}/${location.key}` },
    () => s3.send(new PutObjectCommand({ Bucket: location.bucket, Key: location.key, Body: body, ContentType: contentType, Metadata: { sha256 } })),
  );
}

/**
 * Uploads each asset that is not in S3 with its bytes yet, in order. An object at the key is
 * kept when its `sha256` metadata (which our uploads record) is the asset's, or when it has
 * none (put there by another tool: most keys carry the content hash, so same key, same
 * bytes); an object recording other bytes is replaced, so a key without a content hash never
 * keeps stale code. Every staged file is checked against its recorded sha256 first, so nothing
 * is uploaded when any file is stale; files are read one at a time. With `dryRun`, only looks.
 */
export async function uploadAssets(
  s3: S3Client,
  assets: readonly DeployableAsset[],
  options: { readonly dryRun?: boolean } = {},
): Promise<AssetOutcome[]> {
  const problems = checkAssets(assets);
  if (problems.length) throw new AwsError("ReadAsset", problems.join("\n"));
  const unique = [...new Map(assets.map((a) => [a.s3Uri, a])).values()];
  const sizes: number[] = [];
  for (const asset of unique) sizes.push(await verifyStaged(asset));
  const outcomes: AssetOutcome[] = [];
  for (const [i, asset] of unique.entries()) {
    const location = parseS3Uri(asset.s3Uri) as S3Location;
    const base = { s3Uri: asset.s3Uri, localPath: asset.localPath, bytes: sizes[i] ?? 0 };
    const head = await headAsset(s3, location);
    if (head.exists && (head.sha256 === undefined || head.sha256 === asset.sha256)) outcomes.push({ ...base, status: "present" });
    else if (options.dryRun) outcomes.push({ ...base, status: head.exists ? "changed" : "missing" });
    else {
      let body: Buffer;
      try {
        body = await readFile(asset.localPath);
      } catch (e) {
        throw unreadable(asset, e);
      }
      await putObject(s3, location, body, "application/octet-stream");
      outcomes.push({ ...base, status: "uploaded" });
    }
  }
  return outcomes;
}
