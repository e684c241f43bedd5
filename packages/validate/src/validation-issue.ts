// One problem in a definition. Its code is one of the table's (./codes), which also gives its
// severity and, when the check has no more specific advice, its fix.
import { codeInfo, type DiagnosticCode, type Severity } from "./codes/index.ts";

/** One problem in a definition: where (JSON pointer), what, and what to do. */
export interface ValidationIssue {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** RFC 6901 pointer into the definition ("" is the whole document). */
  readonly pointer: string;
  /** What was expected and what was found. */
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
  /**
   * The bucket of an S3 URI found wrong (SP952, SP953), so that `build` can show a wrong
   * `@Pipeline` bucket once, at that option, instead of at every URI made from it.
   */
  readonly bucket?: string;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Builds an issue; without `fix`, the table's example fix for the code. */
export function issue(code: DiagnosticCode, pointer: string, message: string, fix?: string): ValidationIssue {
  const info = codeInfo(code);
  return { code, severity: info.severity, pointer, message, fix: fix ?? capitalize(info.fix) };
}
