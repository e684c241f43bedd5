import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename, isAbsolute, resolve } from "node:path";
import { codeFolderEntries } from "./code-folder.ts";
import { StepError, requireBucket, type RenderContext } from "../steps/render-context.ts";

/**
 * The SDK's content hash for uploaded code: sha256 over the path string as the user wrote it,
 * then the file's bytes (a directory: each entry's relative name and bytes, sorted).
 */
export function codeHash(pathAsWritten: string, absolutePath: string): string {
  const h = createHash("sha256");
  h.update(pathAsWritten);
  if (statSync(absolutePath).isDirectory()) {
    for (const e of codeFolderEntries(absolutePath)) {
      if (e.kind !== "file") continue;
      h.update(e.rel);
      h.update(readFileSync(e.path));
    }
  } else {
    h.update(readFileSync(absolutePath));
  }
  return h.digest("hex");
}

/**
 * Where a local code file goes, as the SDK's PipelineSession uploads it:
 * `s3://<bucket>/<PipelineName>/code/<hash>/<file name>`. Records it as an asset.
 * An `s3://` path is returned unchanged.
 */
export function uploadCode(code: string, ctx: RenderContext, baseJobName?: string): string {
  if (code.startsWith("s3://")) return code;
  const absolute = isAbsolute(code) ? code : resolve(ctx.sourceDir, code);
  let stat;
  try {
    stat = statSync(absolute);
  } catch {
    throw new StepError(`Step ${ctx.stepName}: code file '${code}' was not found (looked for ${absolute}). Paths are relative to the pipeline's source folder.`, { key: "code" });
  }
  if (!stat.isFile()) throw new StepError(`Step ${ctx.stepName}: code '${code}' is a directory; give a file (or use sourceDir for a folder).`, { key: "code" });
  const bucket = requireBucket(ctx, "uploading local code", "code");
  const s3Uri =
    ctx.codeLocation === "job"
      ? `${jobPrefix(bucket, baseJobName, ctx, codeHash(code, absolute))}/input/code/${basename(absolute)}`
      : `s3://${bucket}/${ctx.pipelineName}/code/${codeHash(code, absolute)}/${basename(absolute)}`;
  const bytes = readFileSync(absolute);
  ctx.assets.add({ s3Uri, localPath: absolute, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length });
  return s3Uri;
}

/**
 * The plain-Session job folder `s3://<bucket>/<base job name>-<stamp>`. The SDK stamps it with
 * the time, so every build uploads code to a new key. We stamp it with a hash of the pipeline
 * and step names and of `contentHash` (the code the folder holds): builds are reproducible, and
 * an edited file gets a new key, so deploy uploads it and the changed URI reruns a cached step.
 */
export function jobPrefix(bucket: string, baseJobName: string | undefined, ctx: RenderContext, contentHash?: string): string {
  const stamp = createHash("sha256").update(`${ctx.pipelineName}/${ctx.stepName}${contentHash ? `/${contentHash}` : ""}`).digest("hex").slice(0, 12);
  return `s3://${bucket}/${baseJobName ?? ctx.stepName}-${stamp}`;
}
