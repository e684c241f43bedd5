import type { Diagnostic, EntryCheck, PipelineFact, SourceSpan } from "@sagepipe/compiler";
import type { ts } from "ts-morph";
import { spanRange } from "../ts-diagnostics.ts";

/** What a quick fix sees: one of our diagnostics, the facts it came from, and the tree. */
export interface FixContext {
  readonly api: typeof ts;
  readonly sf: ts.SourceFile;
  readonly diagnostic: Diagnostic;
  readonly check: EntryCheck;
  /** Offset of the diagnostic's span in `sf`. */
  readonly start: number;
}

/** A quick fix: a name (the kind of fix), what the editor shows, and the edits to `sf`. */
export interface Fix {
  readonly name: string;
  readonly description: string;
  readonly changes: readonly ts.TextChange[];
}

/** Makes the fix of one diagnostic, or undefined when the fix is not mechanical here. */
export type FixMaker = (ctx: FixContext) => Fix | undefined;

/** The outermost node starting at the diagnostic's span that satisfies `test`. */
export function nodeAt<T extends ts.Node>(ctx: FixContext, test: (n: ts.Node) => n is T): T | undefined {
  const { api, sf, start } = ctx;
  let found: T | undefined;
  const visit = (n: ts.Node): void => {
    if (found || n.getStart(sf) > start || n.getEnd() < start) return;
    if (n.getStart(sf) === start && test(n)) {
      found = n;
      return;
    }
    api.forEachChild(n, visit);
  };
  api.forEachChild(sf, visit);
  return found;
}

/** Replaces a node's text. */
export function replace(node: ts.Node, sf: ts.SourceFile, newText: string): ts.TextChange {
  const start = node.getStart(sf);
  return { span: { start, length: node.getEnd() - start }, newText };
}

/** Is `a` the same place as `b` (the span of a fact and that of a diagnostic)? */
export function samePlace(a: SourceSpan, b: SourceSpan): boolean {
  return a.file === b.file && a.line === b.line && a.col === b.col && a.length === b.length;
}

/** The pipeline whose facts hold the step method (by the class that declares it, in its file). */
export function pipelineOfStep(check: EntryCheck, method: string, file: string): PipelineFact | undefined {
  return check.facts.pipelines.find((p) => p.steps.some((s) => s.method === method && s.span.file === file)) ?? check.facts.pipelines.find((p) => p.steps.some((s) => s.method === method));
}

/** The span in `sf` of a fact (undefined when it is elsewhere). */
export function offsetOf(span: SourceSpan, sf: ts.SourceFile): number | undefined {
  return spanRange(span, sf)?.start;
}
