import type { ts } from "ts-morph";
import { diagnostic, type Diagnostic, type SourceSpan } from "../diagnostics/diagnostic.ts";

/** A 1-based span at a position of a parsed file (its first line); the file's first line without one. */
export function spanAt(t: typeof ts, file: ts.SourceFile | undefined, path: string, start: number, length: number): SourceSpan {
  if (!file) return { file: path, line: 1, col: 1, length: 1 };
  const { line, character } = t.getLineAndCharacterOfPosition(file, start);
  const lineEnd = file.text.indexOf("\n", start);
  const onLine = Math.min(length, (lineEnd < 0 ? file.text.length : lineEnd) - start);
  return { file: file.fileName, line: line + 1, col: character + 1, length: Math.max(1, onLine) };
}

/** TypeScript's message chain on one line. */
export function messageText(t: typeof ts, m: string | ts.DiagnosticMessageChain): string {
  return t.flattenDiagnosticMessageText(m, "\n").split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
}

/** What to do, for the codes where more can be said than "as the message says". */
function fixFor(t: typeof ts, d: ts.Diagnostic): string {
  const at = d.file && d.start !== undefined ? d.file.text.slice(d.start, d.start + (d.length ?? 0)) : "";
  switch (d.code) {
    case 2307: case 2792: {
      const name = at.replace(/^["']|["']$/g, "");
      return name.startsWith(".")
        ? `Check the path ${name}: no file of that name (with .ts, .tsx or /index.ts) exists; create it or correct the import.`
        : `Install the package (npm install ${name.startsWith("@") ? name.split("/").slice(0, 2).join("/") : name.split("/")[0]}) or correct the name.`;
    }
    case 2551: case 2552: {
      const suggestion = d.relatedInformation?.find((r) => r.code === 2728 && r.file);
      // TypeScript names its suggestion in the message ("Did you mean 'train'?"); a declaration, when it has one, in a related place.
      const name = suggestion?.file && suggestion.start !== undefined
        ? suggestion.file.text.slice(suggestion.start, suggestion.start + (suggestion.length ?? 0))
        : /Did you mean '([^']+)'\?/.exec(messageText(t, d.messageText))?.[1];
      return name ? `Write ${name}, the name that is declared (or declare ${at}).` : "Use a name that is declared.";
    }
    case 2339:
      return `Use a member the type declares (the message names the type), or declare ${at || "it"} there: for a step's outputs, in its run({ outputs: { ... } }).`;
    case 2835: case 2834:
      return "Write the import with its extension (./file.ts or ./file.js), as Node's ES modules need.";
    case 1241: case 1270: case 1271:
      return "Check the decorator's arguments; if the project sets experimentalDecorators, make the tsconfig the build uses (the nearest above the entry) agree with the one your editor uses.";
  }
  if (d.category === t.DiagnosticCategory.Error && d.code < 2000) return "Correct the syntax here, as the message says.";
  return "Correct the code as TypeScript's message says (tsc --noEmit reports the same error); --no-typecheck builds without this check.";
}

/**
 * A TypeScript diagnostic as sagepipe's: code `TS2339`, the place, TypeScript's own message
 * (its chain flattened, one line), a fix, and TypeScript's related places (e.g. "'train' is
 * declared here").
 */
export function fromTsDiagnostic(t: typeof ts, d: ts.Diagnostic, fallbackFile: string): Diagnostic {
  const span = spanAt(t, d.file, d.file?.fileName ?? fallbackFile, d.start ?? 0, d.length ?? 1);
  const related = (d.relatedInformation ?? [])
    .filter((r) => r.file && r.start !== undefined)
    .map((r) => ({ span: spanAt(t, r.file, r.file!.fileName, r.start!, r.length ?? 1), message: messageText(t, r.messageText) }));
  const severity = d.category === t.DiagnosticCategory.Error ? "error" : "warning";
  return diagnostic(`TS${d.code}` as const, severity, span, messageText(t, d.messageText), fixFor(t, d), related.length ? related : undefined);
}
