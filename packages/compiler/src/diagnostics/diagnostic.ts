/** Where something is in the user's source: 1-based line and column. */
export interface SourceSpan {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Length in characters of the span on its line (for the code frame's underline). */
  readonly length: number;
}

export type Severity = "error" | "warning";

/** One finding: a stable code, where, what, and what to do. */
export interface Diagnostic {
  /** Stable code, e.g. SP101. Documented in docs/diagnostics.md. */
  readonly code: string;
  readonly severity: Severity;
  readonly span: SourceSpan;
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
  /** More places that belong to it (e.g. every step of a cycle). */
  readonly related?: readonly { readonly span: SourceSpan; readonly message: string }[];
}

/** Builds a diagnostic (keeps call sites short). */
export function diagnostic(code: string, severity: Severity, span: SourceSpan, message: string, fix: string, related?: Diagnostic["related"]): Diagnostic {
  return related ? { code, severity, span, message, fix, related } : { code, severity, span, message, fix };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
