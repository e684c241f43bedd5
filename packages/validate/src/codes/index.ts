// The one table of diagnostic codes: every code the compiler (check, build) and the validator
// report, with its severity, where it is found, its title and an example of its fix.
// docs/diagnostics.md is checked against it (test/docs/diagnostics-doc.test.ts).
import type { CodeInfo } from "./code-info.ts";
import { DEFINITION_CODES } from "./definition-codes.ts";
import { SOURCE_CODES } from "./source-codes.ts";

export type { CodeInfo, Phase, Severity, TypeScriptCode } from "./code-info.ts";

/** Every code, in order. */
export const DIAGNOSTIC_CODES: readonly CodeInfo[] = [...SOURCE_CODES, ...DEFINITION_CODES];

/** A code the table has. */
export type DiagnosticCode = (typeof SOURCE_CODES)[number]["code"] | (typeof DEFINITION_CODES)[number]["code"];

const BY_CODE: ReadonlyMap<string, CodeInfo> = new Map(DIAGNOSTIC_CODES.map((c) => [c.code, c]));

/** The table's entry for `code`. */
export function codeInfo(code: DiagnosticCode): CodeInfo {
  return BY_CODE.get(code)!;
}
