// What the table of diagnostic codes holds about each code.

export type Severity = "error" | "warning";

/**
 * Where a mistake is found: `check` reads the TypeScript source (reported by `sagepipe check`
 * and `build`), `build` evaluates the pipeline class (`build` only), `validate` reads a
 * definition JSON (`sagepipe validate`, and `build` on the definition it emits).
 */
export type Phase = "check" | "build" | "validate";

/** One diagnostic code: what `docs/diagnostics.md` documents about it. */
export interface CodeInfo {
  /** Stable code, e.g. SP101. */
  readonly code: string;
  readonly severity: Severity;
  /** Where it is found, in the order check, build, validate. */
  readonly phases: readonly Phase[];
  /** Short title (the heading of its section in docs/diagnostics.md, markdown). */
  readonly title: string;
  /** An example of the fix (the section's **Fix:** text, markdown). */
  readonly fix: string;
}

/** A TypeScript error that `check` and `build` report as it is (`TS2339`): TypeScript documents those. */
export type TypeScriptCode = `TS${number}`;
