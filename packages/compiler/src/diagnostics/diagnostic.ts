import type { DiagnosticCode, Severity, TypeScriptCode } from "@sagepipe/validate";

export type { DiagnosticCode, Severity, TypeScriptCode } from "@sagepipe/validate";

/** Where something is in the user's source: 1-based line and column. */
export interface SourceSpan {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Length in characters of the span on its line (for the code frame's underline). */
  readonly length: number;
}

/** One finding: a stable code, where, what, and what to do. */
export interface Diagnostic {
  /** Stable code, e.g. SP101: one of the table of codes (@sagepipe/validate's DIAGNOSTIC_CODES). */
  readonly code: DiagnosticCode | TypeScriptCode;
  readonly severity: Severity;
  readonly span: SourceSpan;
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
  /** More places that belong to it (e.g. every step of a cycle). */
  readonly related?: readonly { readonly span: SourceSpan; readonly message: string }[];
  /** For a problem found in the built definition: the JSON pointer of the value. */
  readonly pointer?: string;
}

/** Builds a diagnostic (keeps call sites short). */
export function diagnostic(code: DiagnosticCode | TypeScriptCode, severity: Severity, span: SourceSpan, message: string, fix: string, related?: Diagnostic["related"]): Diagnostic {
  return related ? { code, severity, span, message, fix, related } : { code, severity, span, message, fix };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Each finding once: the same code, place and message found twice (two entries reaching one file) count once. */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...new Map(diagnostics.map((d) => [`${d.code} ${d.span.file}:${d.span.line}:${d.span.col} ${d.message}`, d])).values()];
}
