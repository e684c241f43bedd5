import type { ts } from "ts-morph";
import type { SourceSpan } from "../diagnostics/diagnostic.ts";

/** The span of a node (its first line), 1-based. */
export function spanOf(node: ts.Node, file: ts.SourceFile = node.getSourceFile()): SourceSpan {
  const start = node.getStart(file);
  const { line, character } = file.getLineAndCharacterOfPosition(start);
  const endLine = file.getLineAndCharacterOfPosition(node.getEnd()).line;
  const lineEnd = endLine === line ? node.getEnd() : file.getLineEndOfPosition(start);
  return { file: file.fileName, line: line + 1, col: character + 1, length: Math.max(1, lineEnd - start) };
}
