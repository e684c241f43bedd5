import { writeProblem } from "@sagepipe/core";

/** What to do, by error code; anything else: the generic advice. */
const FIX: Readonly<Record<string, string>> = {
  ENOSPC: "Free some space on that disk, or pass --out a folder on another disk, and build again.",
  EDQUOT: "Free some space within your quota, or pass --out a folder elsewhere, and build again.",
  EROFS: "Pass --out a folder on a writable file system, and build again.",
  ENOTDIR: "Remove or rename that file, or pass --out another folder.",
  EISDIR: "Remove or rename that folder, or pass --out another folder.",
};
const PERMISSION_FIX = "Make the folder writable for this user (chmod/chown), or pass --out a folder you can write, and build again.";

/**
 * For an error a user can fix (space, permissions, the path), a user-facing error (exit 1)
 * that says which path, what went wrong, that nothing in the output folder changed, and what
 * to do; undefined for any other error.
 */
export function buildWriteError(e: unknown, outDir: string): (Error & { exitCode: number }) | undefined {
  const problem = writeProblem(e);
  if (!problem) return undefined;
  return Object.assign(
    new Error(`sagepipe build: cannot write ${problem.path ?? outDir}: ${problem.what} (${problem.code}). Nothing in ${outDir} was changed: the previous build, if any, is still there whole. ${FIX[problem.code] ?? PERMISSION_FIX}`),
    { exitCode: 1 },
  );
}
