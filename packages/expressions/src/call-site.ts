/**
 * Where a value of the DSL was made: the stack frames above the helper that made it, as the
 * running code has them (generated positions). The compiler keeps the first frame in the
 * user's files and maps it through the loader's source map to a line and column of the
 * TypeScript source. Capturing is cheap (a few structured frames, no text formatting).
 */
export interface CallFrame {
  /** The module's URL or path, as the stack has it. */
  readonly url: string;
  /** 1-based line and column of the call in the running (generated) code. */
  readonly line: number;
  readonly col: number;
}

/** The frames above a helper, innermost first. */
export type CreatedAt = readonly CallFrame[];

/** The property that holds a value's CreatedAt (non-enumerable; survives two copies of this package). */
export const CREATED_AT = Symbol.for("sagepipe.createdAt");

const FRAMES = 12;
const structured = (_: Error, frames: NodeJS.CallSite[]): NodeJS.CallSite[] => frames;

/** The frames of the caller of `above` (a function on the stack; default this one's caller). */
export function captureCallSite(above: Function = captureCallSite): CreatedAt {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  Error.prepareStackTrace = structured;
  Error.stackTraceLimit = FRAMES;
  const holder: { stack?: NodeJS.CallSite[] } = {};
  try {
    Error.captureStackTrace(holder, above);
    const out: CallFrame[] = [];
    for (const site of holder.stack ?? []) {
      const url = site.getFileName();
      const line = site.getLineNumber();
      const col = site.getColumnNumber();
      if (url && line !== null && col !== null && !url.startsWith("node:")) out.push({ url, line, col });
    }
    return out;
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
}

/** Records where `value` was made (a non-enumerable property; frozen values must be marked before freezing). */
export function markCreatedAt<T extends object>(value: T, at: CreatedAt): T {
  Object.defineProperty(value, CREATED_AT, { value: at, enumerable: false });
  return value;
}

/** Where `value` was made, when a helper recorded it. */
export function createdAtOf(value: unknown): CreatedAt | undefined {
  if ((typeof value !== "object" && typeof value !== "function") || value === null) return undefined;
  return (value as { [CREATED_AT]?: CreatedAt })[CREATED_AT];
}

/** The property of a thrown error that holds where its mistake is (core's ErrorPlace); set by `placeError`. */
export const ERROR_PLACE = Symbol.for("sagepipe.errorPlace");
