import { readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StepError, type RenderContext } from "../steps/render-context.ts";
import { writeFileAtomically, writeProblem } from "./atomic-write.ts";
import { sha256Hex } from "./sdk-hash.ts";

/**
 * Where files made at build time (source bundles, launch scripts, configuration files) are kept
 * until deploy uploads them: content-addressed, so builds reuse them.
 * @default $SAGEPIPE_GENERATED_DIR, else <os tmpdir>/sagepipe-generated
 */
export function generatedFilesDir(): string {
  return process.env.SAGEPIPE_GENERATED_DIR ?? join(tmpdir(), "sagepipe-generated");
}

/** Writes `bytes` to `<generated dir>/<sha256>/<fileName>` once (temp file, then rename) and returns that path. */
export function writeGeneratedFile(fileName: string, bytes: Uint8Array): string {
  const dir = join(generatedFilesDir(), sha256Hex(bytes));
  const path = join(dir, fileName);
  try {
    if (statSync(path).size === bytes.length) return path;
  } catch {
    // not written yet
  }
  try {
    writeFileAtomically(path, bytes);
  } catch (e) {
    const problem = writeProblem(e);
    if (!problem) throw e;
    throw new StepError(`cannot write the generated file ${problem.path ?? path}: ${problem.what} (${problem.code}); nothing was half-written. Free some space (or fix the permissions), or set SAGEPIPE_GENERATED_DIR to a folder on another disk, and build again.`);
  }
  return path;
}

/** Records a file made at build time as an asset uploaded to `s3Uri`. */
export function addGeneratedAsset(ctx: RenderContext, s3Uri: string, fileName: string, bytes: Uint8Array): void {
  const localPath = writeGeneratedFile(fileName, bytes);
  ctx.assets.add({ s3Uri, localPath, sha256: sha256Hex(bytes), bytes: bytes.length });
}

/** Records a local file as an asset uploaded to `s3Uri`. */
export function addFileAsset(ctx: RenderContext, s3Uri: string, absolutePath: string): void {
  const bytes = readFileSync(absolutePath);
  ctx.assets.add({ s3Uri, localPath: absolutePath, sha256: sha256Hex(bytes), bytes: bytes.length });
}
