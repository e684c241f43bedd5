import { createHash, type Hash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { codeFolderEntries } from "./code-folder.ts";
import { pyRepr } from "./python-text.ts";

// The content hashes the SageMaker Python SDK puts into the S3 URIs of a PipelineSession's uploads
// (`s3://<bucket>/<pipeline>/code/<hash>/...`), so that unchanged code keeps its URI and the step
// stays cached.

function kindOf(path: string): "file" | "dir" | undefined {
  try {
    const s = statSync(path);
    return s.isDirectory() ? "dir" : s.isFile() ? "file" : undefined;
  } catch {
    return undefined;
  }
}

function hashDir(dir: string, h: Hash): void {
  // Each entry's name, then a file's bytes; a folder's entries follow it (links are refused).
  for (const e of codeFolderEntries(dir)) {
    h.update(e.name);
    if (e.kind === "file") h.update(readFileSync(e.path));
  }
}

/**
 * The SDK's `hash_files_or_dirs(paths)`: sha256 over each path string as written (sorted), each
 * followed by the file's bytes, or for a directory each entry's name and bytes (sorted, recursive).
 * A path that is neither (an s3:// URI, a missing file) counts by its text only, as in the SDK.
 * Relative paths are read from `baseDir`.
 */
export function hashFilesOrDirs(paths: readonly string[], baseDir: string): string {
  const h = createHash("sha256");
  for (const path of [...paths].sort()) {
    h.update(path);
    const absolute = isAbsolute(path) ? path : resolve(baseDir, path);
    const kind = path.includes("://") ? undefined : kindOf(absolute);
    if (kind === "file") h.update(readFileSync(absolute));
    else if (kind === "dir") hashDir(absolute, h);
  }
  return h.digest("hex");
}

/** The SDK's `hash_object(obj)`: sha256 of Python's `str(obj)`. */
export function hashObject(value: unknown): string {
  return createHash("sha256").update(typeof value === "string" ? value : pyRepr(value)).digest("hex");
}

/** sha256 of bytes, as hex. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}
