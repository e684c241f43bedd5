import { join } from "node:path";
import type { ObjectStore } from "../store/object-store.ts";
import { listFiles } from "../util/fs-helpers.ts";

/**
 * Fills the store from a seed folder laid out as `<bucket>/<key>`: each object the store does
 * not hold yet is copied in (objects already there are left alone). Returns the URIs copied.
 */
export async function seedStore(store: ObjectStore, seedDir: string): Promise<string[]> {
  const copied: string[] = [];
  for (const rel of await listFiles(seedDir)) {
    const [bucket, ...key] = rel.split("/");
    if (!bucket || key.length === 0) continue;
    const uri = `s3://${bucket}/${key.join("/")}`;
    if (await store.exists(uri)) continue;
    await store.putFile(join(seedDir, ...rel.split("/")), uri);
    copied.push(uri);
  }
  return copied;
}
