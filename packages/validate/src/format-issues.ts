// Prints issues for people: `file:line:col pointer: message [code]`, one per line.
import { locatePointer, locatePointers } from "./json-locations.ts";
import type { ValidationIssue } from "./validation-issue.ts";

/** Options for formatIssues. */
export interface FormatOptions {
  /** The file's text: when given, each issue gets `:line:col` of its pointer. */
  readonly source?: string;
}

/** Text listing `issues` of `fileName`, ending with a count (or "valid" when there are none). */
export function formatIssues(issues: readonly ValidationIssue[], fileName: string, options: FormatOptions = {}): string {
  if (issues.length === 0) return `${fileName}: valid pipeline definition.`;
  const { source } = options;
  const offsets = source === undefined ? undefined : locatePointers(source);
  const lines = issues.map((i) => {
    const at = offsets && source !== undefined ? locatePointer(offsets, source, i.pointer) : undefined;
    const where = at ? `${fileName}:${at.line}:${at.column}` : fileName;
    return `${where}: ${i.pointer || "/"}: ${i.message} [${i.code}]`;
  });
  lines.push(`${fileName}: ${issues.length} problem${issues.length === 1 ? "" : "s"}.`);
  return lines.join("\n");
}
