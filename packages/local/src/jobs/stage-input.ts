import { stat } from "node:fs/promises";
import { fileUriPath } from "../store/local-import.ts";
import type { ObjectStore, StoredObject } from "../store/object-store.ts";
import { parseS3Uri } from "../store/s3-uri.ts";

/**
 * Turns a `file://` URI into a store URI (copying the file or folder in); S3 URIs pass through.
 * A bare path is not a local input (a parameter's text never imports a file by accident).
 */
export async function toStoreUri(store: ObjectStore, uri: string): Promise<{ uri: string } | { error: string }> {
  if (parseS3Uri(uri)) return { uri };
  const named = fileUriPath(uri, "/");
  if (named && !/^file:\/\/(localhost)?\//.test(uri)) return { error: `'${uri}': a file:// URI in a definition is absolute (file:///abs/path/data.csv)` };
  if (!named) {
    const hint = uri.startsWith("/") || uri.startsWith(".") ? `; to copy a local file in, write it as file://${uri}` : "";
    return { error: `'${uri}' is neither an s3:// URI nor a file:// URI${hint}` };
  }
  if ("error" in named) return { error: `'${uri}' ${named.error}` };
  try {
    await stat(named.path);
  } catch {
    return { error: `local input ${named.path} does not exist` };
  }
  try {
    return { uri: await store.importLocal(named.path) };
  } catch (e) {
    if (typeof (e as { exitCode?: unknown }).exitCode !== "number") throw e;
    return { error: (e as Error).message };
  }
}

/** Copies the objects under `uri` into `dir`; an error when there are none, as SageMaker fails then. */
export async function stageInput(
  store: ObjectStore,
  uri: string,
  dir: string,
  what: string,
): Promise<{ objects: StoredObject[] } | { error: string }> {
  const resolved = await toStoreUri(store, uri);
  if ("error" in resolved) return { error: `${what}: ${resolved.error}` };
  const objects = await store.download(resolved.uri, dir);
  if (objects.length === 0) {
    return {
      error:
        `${what}: nothing in the local store under ${resolved.uri} (looked in ${store.pathOf(resolved.uri)}*); ` +
        "put the data there, or pass a local file for the parameter that names it (--param Name=file://./file)",
    };
  }
  return { objects };
}
