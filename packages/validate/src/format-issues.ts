// Prints issues for people: `file:line:col: error SP902: pointer: message`, the line of the
// file with a caret under the place, then `  fix: ...`.
import { codeFrame } from "./code-frame.ts";
import { locatePointer, locatePointers, type TextPosition } from "./json-locations.ts";
import type { JsonDiagnostic } from "./diagnostic-json.ts";
import type { ValidationIssue } from "./validation-issue.ts";

/** Options for formatIssues. */
export interface FormatOptions {
  /** The file's text: when given, each issue gets `:line:col` of its pointer. */
  readonly source?: string;
  /** The place of every issue, when not its pointer's (a syntax error's position). */
  readonly at?: TextPosition;
}

/** `N errors, M warnings`. */
export function countText(issues: readonly { readonly severity: string }[]): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  return `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
}

/** The line at `at` with a caret under its column (the shared code frame). */
function frame(text: readonly string[] | undefined, at: TextPosition | undefined): string[] {
  const line = at && text?.[at.line - 1];
  return at && line !== undefined ? codeFrame(line, at) : [];
}

/** Text listing `issues` of `fileName`, ending with a count (or "valid" when there are none). */
export function formatIssues(issues: readonly ValidationIssue[], fileName: string, options: FormatOptions = {}): string {
  if (issues.length === 0) return `${fileName}: valid pipeline definition.`;
  const { source } = options;
  const offsets = source === undefined || options.at ? undefined : locatePointers(source);
  const text = source?.split(/\r?\n/);
  const lines = issues.flatMap((i) => {
    const at = options.at ?? (offsets && source !== undefined ? locatePointer(offsets, source, i.pointer) : undefined);
    const where = at ? `${fileName}:${at.line}:${at.column}` : fileName;
    const pointer = options.at ? "" : `${i.pointer || "/"}: `;
    return [`${where}: ${i.severity} ${i.code}: ${pointer}${i.message}`, ...frame(text, at), `  fix: ${i.fix}`];
  });
  lines.push(`${fileName}: ${countText(issues)}.`);
  return lines.join("\n");
}

/**
 * Issues in the shared JSON shape. `source` is the file's text (positions of pointers);
 * `at` overrides the position of every issue (a syntax error's place).
 */
export function issuesToJson(issues: readonly ValidationIssue[], fileName: string, source: string, at?: TextPosition): JsonDiagnostic[] {
  const offsets = at ? undefined : locatePointers(source);
  const lines = source.split(/\r?\n/);
  return issues.map((i) => {
    const position = at ?? (offsets ? locatePointer(offsets, source, i.pointer) : undefined) ?? { line: 1, column: 1 };
    return { code: i.code, severity: i.severity, file: fileName, line: position.line, column: position.column, message: i.message, fix: i.fix, source: lines[position.line - 1] ?? null, pointer: i.pointer, related: [] };
  });
}
