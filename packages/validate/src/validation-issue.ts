/** Stable identifiers of the problems validation reports. */
export type IssueCode =
  // schema
  | "unknown-key"
  | "missing-key"
  | "wrong-type"
  | "bad-enum-value"
  | "bad-value"
  | "unknown-step-type"
  | "unknown-condition-type"
  | "unknown-parameter-type"
  | "not-an-expression"
  // references
  | "bad-get"
  | "dangling-parameter"
  | "dangling-step"
  | "unknown-execution-variable"
  | "unknown-step-property"
  | "dangling-property-file"
  | "dangling-output"
  | "dangling-depends-on"
  | "property-file-output"
  // graph and names
  | "cycle"
  | "duplicate-name"
  | "bad-name"
  // types and rules
  | "parameter-type-mismatch"
  | "expression-type-mismatch"
  | "default-not-in-enum"
  | "json-get-source"
  | "emr-cluster"
  | "emr-serverless-application"
  // input
  | "malformed-json"
  | "too-deep";

/** One problem in a definition: where (JSON pointer), what, and what to do. */
export interface ValidationIssue {
  readonly code: IssueCode;
  /** RFC 6901 pointer into the definition ("" is the whole document). */
  readonly pointer: string;
  /** What was expected, what was found, and what to do. */
  readonly message: string;
}

/** Builds an issue. */
export function issue(code: IssueCode, pointer: string, message: string): ValidationIssue {
  return { code, pointer, message };
}
