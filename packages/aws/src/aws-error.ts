/**
 * An AWS call that failed, described for a person: which operation, what went wrong, and what
 * to do. It carries `exitCode` 1, so the CLI prints the message alone (no stack).
 */
export class AwsError extends Error {
  readonly exitCode = 1;
  /** The AWS operation that failed, e.g. `CreatePipeline`, or a local step such as `ReadAsset`. */
  readonly operation: string;
  /** The error name AWS returned (`ResourceNotFound`, `AccessDeniedException`, ...), if any. */
  readonly code: string | undefined;
  constructor(operation: string, message: string, code?: string) {
    super(message);
    this.name = "AwsError";
    this.operation = operation;
    this.code = code;
  }
}

/** True for any error that says it is meant for the user (carries a numeric `exitCode`). */
export function isUserFacingError(e: unknown): e is Error & { exitCode: number } {
  return e instanceof Error && typeof (e as { exitCode?: unknown }).exitCode === "number";
}
