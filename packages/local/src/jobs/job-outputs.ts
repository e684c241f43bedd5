import { open } from "node:fs/promises";
import { constants } from "node:fs";
import { join, relative, sep } from "node:path";
import { linkOnTheWay, listRegularFiles, type UnsafeEntry } from "../util/safe-paths.ts";

/** The path a job saw for a host path below its `ml/` folder (`/opt/ml/...`). */
export function sandboxPathOf(mlDir: string, hostPath: string): string {
  const rel = relative(mlDir, hostPath);
  return rel === "" ? "/opt/ml" : `/opt/ml/${rel.split(sep).join("/")}`;
}

/** Says what the job left and why nothing moved. */
export function unsafeOutputMessage(mlDir: string, entry: UnsafeEntry): string {
  return (
    `the job left ${entry.what} at ${sandboxPathOf(mlDir, entry.path)}: job outputs must be regular files in real folders, ` +
    "so nothing was moved into the local store (and nothing it points at was touched); write the files themselves, not links"
  );
}

/**
 * Checks a job's output folders (host paths below `mlDir`) after it ended and before anything
 * moves: each must be reached through real folders and hold only regular files and folders.
 * Returns the problem (naming the link as the job saw it), or undefined.
 */
export async function checkJobOutputs(mlDir: string, dirs: readonly string[]): Promise<string | undefined> {
  for (const dir of dirs) {
    const onTheWay = await linkOnTheWay(mlDir, dir);
    if (onTheWay) return unsafeOutputMessage(mlDir, onTheWay);
    const listed = await listRegularFiles(dir);
    if ("unsafe" in listed) return unsafeOutputMessage(mlDir, listed.unsafe);
  }
  return undefined;
}

/** Reads a small file the job wrote (its failure message), without following links; undefined when absent or not a plain file. */
export async function readJobFile(mlDir: string, hostPath: string, limit = 64 * 1024): Promise<string | undefined> {
  if (await linkOnTheWay(mlDir, join(hostPath, ".."))) return undefined;
  let handle;
  try {
    handle = await open(hostPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    if (!(await handle.stat()).isFile()) return undefined;
    const buffer = Buffer.alloc(limit);
    const { bytesRead } = await handle.read(buffer, 0, limit, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}
