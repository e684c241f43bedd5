import { stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { ObjectStore, StoredObject } from "../store/object-store.ts";
import { parseS3Uri } from "../store/s3-uri.ts";

/** Turns a local path or file:// URI into a store URI (copying the file in); S3 URIs pass through. */
export async function toStoreUri(store: ObjectStore, uri: string): Promise<{ uri: string } | { error: string }> {
  if (parseS3Uri(uri)) return { uri };
  const path = uri.startsWith("file://") ? fileURLToPath(uri) : uri.startsWith("/") ? uri : undefined;
  if (!path) return { error: `'${uri}' is neither an s3:// URI nor a local path or file:// URI` };
  try {
    await stat(path);
  } catch {
    return { error: `local input ${path} does not exist` };
  }
  return { uri: await store.importLocal(path) };
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
        "put the data there, or pass a local file for the parameter that names it (--param Name=./file)",
    };
  }
  return { objects };
}
