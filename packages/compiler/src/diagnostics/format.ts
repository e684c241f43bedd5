import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { codeFrame, type JsonDiagnostic } from "@sagepipe/validate";
import type { Diagnostic, SourceSpan } from "./diagnostic.ts";

/** How to print diagnostics. */
export interface FormatOptions {
  /** Code frames with colour (a terminal); otherwise plain text. */
  readonly color: boolean;
  /** Paths are shown relative to this folder. @default process.cwd() */
  readonly cwd?: string;
  /** File contents by path, when not on disk (tests, in-memory builds). */
  readonly sources?: ReadonlyMap<string, string>;
}

const red = (s: string, on: boolean) => (on ? `\x1b[31m${s}\x1b[39m` : s);
const yellow = (s: string, on: boolean) => (on ? `\x1b[33m${s}\x1b[39m` : s);
const dim = (s: string, on: boolean) => (on ? `\x1b[2m${s}\x1b[22m` : s);

function sourceLine(span: SourceSpan, sources?: ReadonlyMap<string, string>): string | undefined {
  try {
    const text = sources?.get(span.file) ?? readFileSync(span.file, "utf8");
    return text.split(/\r?\n/)[span.line - 1];
  } catch {
    return undefined;
  }
}

function location(span: SourceSpan, cwd: string): string {
  return `${relative(cwd, span.file) || span.file}:${span.line}:${span.col}`;
}

function frame(span: SourceSpan, o: FormatOptions): string[] {
  const line = sourceLine(span, o.sources);
  return line === undefined ? [] : codeFrame(line, { line: span.line, column: span.col, length: span.length }, { color: o.color });
}

/** Diagnostics as text: `file:line:col: error SP101: message`, the source line, and the fix. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const cwd = options.cwd ?? process.cwd();
  const out: string[] = [];
  for (const d of diagnostics) {
    const sev = d.severity === "error" ? red("error", options.color) : yellow("warning", options.color);
    out.push(`${location(d.span, cwd)}: ${sev} ${d.code}: ${d.message}`);
    out.push(...frame(d.span, options));
    for (const r of d.related ?? []) out.push(`  ${dim("note:", options.color)} ${location(r.span, cwd)}: ${r.message}`);
    out.push(`  fix: ${d.fix}`, "");
  }
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length) out.push(`${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
  return out.join("\n");
}

/** Diagnostics in the shared JSON shape, for CI and editors (paths relative to cwd, the source line included). */
export function diagnosticsToJson(diagnostics: readonly Diagnostic[], options: { cwd?: string; sources?: ReadonlyMap<string, string> } = {}): JsonDiagnostic[] {
  const cwd = options.cwd ?? process.cwd();
  return diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    file: relative(cwd, d.span.file) || d.span.file,
    line: d.span.line,
    column: d.span.col,
    message: d.message,
    fix: d.fix,
    source: sourceLine(d.span, options.sources) ?? null,
    pointer: d.pointer ?? null,
    related: (d.related ?? []).map((r) => ({ file: relative(cwd, r.span.file), line: r.span.line, column: r.span.col, message: r.message })),
  }));
}
