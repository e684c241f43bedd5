import type { Diagnostic, SourceSpan } from "@sagepipe/compiler";
import type { ts } from "ts-morph";

/** What the editor shows as the source of our diagnostics. */
export const SOURCE = "sagepipe";

/** SP403 -> 403: tsserver's diagnostic codes are numbers (TypeScript's own are all 1000 or more). */
export function numericCode(code: string): number {
  return Number(code.replace(/^SP/, ""));
}

/** A span's start offset and length in `sf` (undefined if the span is not in it). */
export function spanRange(span: SourceSpan, sf: ts.SourceFile): { start: number; length: number } | undefined {
  if (span.file !== sf.fileName) return undefined;
  const lines = sf.getLineStarts();
  const lineStart = lines[span.line - 1];
  if (lineStart === undefined) return undefined;
  const start = lineStart + span.col - 1;
  if (start > sf.text.length) return undefined;
  return { start, length: Math.min(span.length, sf.text.length - start) };
}

/** One of ours as TypeScript's diagnostic: the same span and code, the fix after the message. */
export function toTsDiagnostic(api: typeof ts, d: Diagnostic, sf: ts.SourceFile, program: ts.Program): ts.Diagnostic | undefined {
  const range = spanRange(d.span, sf);
  if (!range) return undefined;
  const related = (d.related ?? []).flatMap((r): ts.DiagnosticRelatedInformation[] => {
    const file = program.getSourceFile(r.span.file);
    const at = file && spanRange(r.span, file);
    return file && at ? [{ category: api.DiagnosticCategory.Message, code: numericCode(d.code), file, start: at.start, length: at.length, messageText: r.message }] : [];
  });
  return {
    category: d.severity === "error" ? api.DiagnosticCategory.Error : api.DiagnosticCategory.Warning,
    code: numericCode(d.code),
    source: SOURCE,
    file: sf,
    start: range.start,
    length: range.length,
    messageText: `${d.message}\nfix: ${d.fix}`,
    ...(related.length ? { relatedInformation: related } : {}),
  };
}
