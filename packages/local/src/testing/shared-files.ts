// Test helpers: the shared conformance files beside the repository, and temp folders.
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** `../shared` beside the repository (CI always has it). */
export const SHARED = new URL("../../../../../shared/", import.meta.url).pathname;

/** A golden definition of the SDK conformance cases. */
export function golden(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SHARED, "conformance", "goldens", `${name}.json`), "utf8")) as Record<string, unknown>;
}

/** Runs `body` in a fresh temp folder that is removed afterwards. */
export async function inTempDir<T>(prefix: string, body: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), `sagepipe-local-${prefix}-`));
  try {
    return await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
