// The one JSON shape of a diagnostic, printed by `sagepipe check/build --format json` and
// `sagepipe validate --format json` alike.
import type { DiagnosticCode, Severity, TypeScriptCode } from "./codes/index.ts";

/** A place that belongs to a diagnostic (e.g. another reference on a cycle). */
export interface JsonRelated {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** One diagnostic as JSON: 1-based line and column; paths relative to the working folder. */
export interface JsonDiagnostic {
  readonly code: DiagnosticCode | TypeScriptCode;
  readonly severity: Severity;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly fix: string;
  /** The text of the line it points at, when the file can be read. */
  readonly source: string | null;
  /** RFC 6901 pointer into the pipeline definition, for problems found in one. */
  readonly pointer: string | null;
  readonly related: readonly JsonRelated[];
}
