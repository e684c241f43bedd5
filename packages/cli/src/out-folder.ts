import { statSync } from "node:fs";
import { dirname, relative } from "node:path";
import { UsageError } from "./command.ts";

/**
 * Refuses an output folder that cannot be one: `--out` naming an existing file, or a path
 * under a file. Says which path and what to pass instead (never `EEXIST`/`ENOTDIR`).
 */
export function assertOutFolder(command: string, outDir: string, cwd: string): void {
  for (let path = outDir; ; path = dirname(path)) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      if (dirname(path) === path) return;
      continue; // does not exist yet: the build creates it
    }
    if (isDirectory) return;
    const shown = relative(cwd, path) || path;
    const what = path === outDir ? `--out ${shown} is a file, not a folder` : `--out ${relative(cwd, outDir) || outDir} is inside ${shown}, which is a file, not a folder`;
    throw new UsageError(`sagepipe ${command}: ${what}. Pass --out a folder (it is created when missing), e.g. --out out, or move ${shown} away.`);
  }
}
