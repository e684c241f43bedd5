import type { ts } from "ts-morph";
import { typescript } from "./typescript.ts";

/**
 * How deep brackets (`(`, `[`, `{`, `${`) may nest in a source file. TypeScript's parser is
 * recursive: `not(not(...))` nested 800 deep exhausts the call stack while parsing, and our
 * own syntax walkers recurse too. 200 is far past anything written by hand (a condition of a
 * few levels, an object literal of ten) and leaves room on the stack for the parser and the
 * walkers. Expressions built deeper than the definition format allows are refused when they
 * are made (`@sagepipe/expressions`, MAX_EXPRESSION_DEPTH).
 */
export const MAX_SOURCE_NESTING = 200;

/**
 * How deep the syntax tree may be. Chains need no brackets to be deep (`"a" + "a" + ...` of
 * 20,000 terms is a tree 20,000 levels deep, which TypeScript parses in a loop but our syntax
 * walkers would recurse through); 1,000 levels is far past hand-written code.
 */
export const MAX_SYNTAX_DEPTH = 1000;

/** Where a file's brackets first nest deeper than the limit. */
export interface TooDeep {
  /** 0-based offset of the bracket that goes past the limit. */
  readonly offset: number;
  /** The deepest nesting found before giving up (at least the limit plus one). */
  readonly depth: number;
}

/**
 * Scans `text` with TypeScript's scanner (a loop, no recursion: strings, comments and
 * templates are skipped as tokens) and returns where its brackets nest deeper than `limit`,
 * or undefined. Regular expression literals are not told apart from `/`; a bracket inside
 * one counts, which only matters for a regex of hundreds of unbalanced brackets.
 */
export function findTooDeepNesting(text: string, limit = MAX_SOURCE_NESTING): TooDeep | undefined {
  const ts = typescript();
  const K = ts.SyntaxKind;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  // What each open bracket is, so that `}` closing a `${` resumes the template.
  const open: ts.SyntaxKind[] = [];
  for (let token = scanner.scan(); token !== K.EndOfFileToken; token = scanner.scan()) {
    if (token === K.CloseBraceToken && open[open.length - 1] === K.TemplateHead) {
      open.pop();
      token = scanner.reScanTemplateToken(false);
      if (token === K.TemplateMiddle) open.push(K.TemplateHead);
    } else if (token === K.OpenParenToken || token === K.OpenBracketToken || token === K.OpenBraceToken || token === K.TemplateHead) {
      open.push(token);
    } else if (token === K.CloseParenToken || token === K.CloseBracketToken || token === K.CloseBraceToken) {
      open.pop();
    }
    if (open.length > limit) return { offset: scanner.getTokenStart(), depth: open.length };
  }
  return undefined;
}

/** The first node (in source order) deeper than `limit` in the tree, found with a loop. */
export function findTooDeepNode(ast: ts.SourceFile, limit = MAX_SYNTAX_DEPTH): TooDeep | undefined {
  const ts = typescript();
  const stack: [ts.Node, number][] = [[ast, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return { offset: node.getStart(ast), depth };
    const children: ts.Node[] = [];
    ts.forEachChild(node, (child) => void children.push(child));
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
  return undefined;
}
