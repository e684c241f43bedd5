import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** Writes every file through a temp file and a rename, only after all contents are ready. */
export function writeFilesAtomically(files: ReadonlyMap<string, string | Uint8Array>): void {
  const temps: [string, string][] = [];
  try {
    for (const [path, content] of files) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = `${path}.tmp-${process.pid}`;
      writeFileSync(temp, content);
      temps.push([temp, path]);
    }
    for (const [temp, path] of temps) renameSync(temp, path);
  } catch (e) {
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw e;
  }
}
