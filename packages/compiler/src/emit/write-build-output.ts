import { lstatSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { commitFile, stageCopy, stageFile, tempFileOwner } from "@sagepipe/core";
import type { BuildOutputSet } from "./build-output.ts";
import { lockOutDir } from "./out-dir-lock.ts";
import { pauseForTest } from "./test-pause.ts";
import { buildWriteError } from "./write-error.ts";

/** Temp files an interrupted build left in `outDir` and its `assets/` (only our writer's names; links are not followed). */
function removeLeftovers(outDir: string): void {
  for (const dirs = [outDir]; dirs.length; ) {
    const dir = dirs.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory() && (dir !== outDir || e.name === "assets")) dirs.push(path);
      else if (!e.isDirectory() && tempFileOwner(e.name) !== undefined) rmSync(path, { force: true });
    }
  }
}

/** The asset files every manifest in `outDir` names (undefined when a manifest cannot be read: then nothing is pruned). */
function namedAssets(outDir: string): Set<string> | undefined {
  const named = new Set<string>();
  for (const name of readdirSync(outDir)) {
    if (!name.endsWith(".assets.json")) continue;
    try {
      const manifest = JSON.parse(readFileSync(join(outDir, name), "utf8")) as { assets?: { file?: unknown }[] };
      for (const a of manifest.assets ?? []) if (typeof a?.file === "string") named.add(resolve(outDir, a.file));
    } catch {
      return undefined;
    }
  }
  return named;
}

/** Removes `assets/<hash>/` folders (and files in them) that no manifest in `outDir` names. */
function pruneAssets(outDir: string): void {
  const named = namedAssets(outDir);
  const assetsDir = join(outDir, "assets");
  if (!named) return;
  let hashes: string[];
  try {
    hashes = readdirSync(assetsDir);
  } catch {
    return;
  }
  for (const hash of hashes) {
    const folder = join(assetsDir, hash);
    if (!lstatSync(folder).isDirectory()) continue;
    const files = readdirSync(folder);
    const kept = files.filter((f) => named.has(join(folder, f)));
    if (!kept.length) rmSync(folder, { recursive: true, force: true });
    else for (const f of files) if (!kept.includes(f)) rmSync(join(folder, f), { recursive: true, force: true });
  }
}

/** True when a content-addressed asset is already in place (same name under the same hash, same size). */
function alreadyThere(path: string, from: string): boolean {
  try {
    return lstatSync(path).isFile() && statSync(path).size === statSync(from).size;
  } catch {
    return false;
  }
}

/**
 * Writes a build's output into `outDir` as one set, holding the folder's lock:
 * 1. removes temp files an interrupted build left;
 * 2. writes every file to a temp file beside its target (nothing visible changes yet; on any
 *    error, such as a full disk, the temps are removed and nothing changed);
 * 3. renames assets, then definitions, then manifests into place: a manifest names its
 *    definition by sha256, so the manifest written last is what makes the pair current, and a
 *    reader refuses a definition whose manifest names another;
 * 4. removes asset folders that no manifest names any more.
 * Errors a user can fix (space, permissions) become an error with exit code 1 naming the path.
 */
export async function writeBuildOutput(outDir: string, set: BuildOutputSet): Promise<void> {
  let release: (() => void) | undefined;
  const staged: [string, string][] = [];
  try {
    release = await lockOutDir(outDir);
    pauseForTest("locked");
    removeLeftovers(outDir);
    for (const [path, from] of set.assets) if (!alreadyThere(path, from)) staged.push([stageCopy(from, path), path]);
    for (const [path, text] of [...set.definitions, ...set.manifests]) staged.push([stageFile(path, text), path]);
    pauseForTest("staged");
    const commit = (targets: ReadonlyMap<string, unknown>) => {
      for (const [temp, path] of staged) if (targets.has(path)) commitFile(temp, path);
    };
    commit(set.assets);
    pauseForTest("assets");
    commit(set.definitions);
    pauseForTest("definitions");
    commit(set.manifests);
    staged.length = 0;
    pauseForTest("manifests");
    pruneAssets(outDir);
  } catch (e) {
    for (const [temp] of staged) rmSync(temp, { force: true });
    throw buildWriteError(e, outDir) ?? e;
  } finally {
    release?.();
  }
}

