/** Error codes that mean the disk, not the pipeline, is the problem. */
const CODES: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
};

/** What a job's log says when the job itself ran out of space. */
const JOB_DISK_FULL = /No space left on device|Errno 28\b|Disk quota exceeded/;

/**
 * A message for a file-system error caused by the disk or by permissions (ENOSPC, EDQUOT, EACCES,
 * EPERM, EROFS): which path, what happened, what to do. Undefined for any other error.
 */
export function diskErrorMessage(e: unknown, runId?: string): string | undefined {
  const err = e as NodeJS.ErrnoException;
  const what = typeof err?.code === "string" ? CODES[err.code] : undefined;
  if (!what) return undefined;
  const path = (err as { dest?: string }).dest ?? err.path ?? "(a file of the run)";
  const fix =
    err.code === "ENOSPC" || err.code === "EDQUOT"
      ? "free space on that disk, or put the workspace and store on a larger one (--workspace, --store)"
      : "make that path writable by this user, or put the workspace and store elsewhere (--workspace, --store)";
  return `${what} writing ${path} (${err.code}): ${fix}${runId ? `; then finish the run with sagepipe run --local --resume ${runId}` : ""}`;
}

/** True when a job's failure message or log shows that it ran out of disk space. */
export function jobRanOutOfSpace(text: string | undefined): boolean {
  return text !== undefined && JOB_DISK_FULL.test(text);
}
