import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { ts } from "ts-morph";
import type { SourceSpan } from "../diagnostics/diagnostic.ts";
import { findTooDeepNesting, findTooDeepNode } from "./source-nesting.ts";
import { typescript } from "./typescript.ts";

/** A relative import as written, and the file it resolved to (none when no file matched). */
export interface ResolvedImport {
  readonly specifier: string;
  readonly resolved?: string;
}

/** A parsed file, its text and its relative imports. */
export interface ParsedFile {
  readonly path: string;
  readonly text: string;
  readonly ast: ts.SourceFile;
  readonly imports: readonly ResolvedImport[];
  /** Set when the file nests too deep to parse: its AST is then empty. */
  readonly tooDeep?: { readonly span: SourceSpan; readonly depth: number };
}

/** Reads the file's text (from `overrides` first: in-memory sources in tests and the language service). */
export type ReadText = (path: string) => string | undefined;

export function diskReader(overrides?: ReadonlyMap<string, string>): ReadText {
  return (path) => overrides?.get(path) ?? readIfFile(path);
}

/** A file's text; undefined for a path that is missing, a folder, or unreadable (never throws). */
function readIfFile(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path, "utf8") : undefined;
  } catch {
    return undefined;
  }
}

const CANDIDATES = ["", ".ts", ".tsx", "/index.ts"];

/** Resolves a relative import to a TypeScript file (`./x`, `./x.ts`, `./x.js` -> `./x.ts`). */
export function resolveRelative(fromFile: string, specifier: string, read: ReadText): string | undefined {
  const base = resolve(dirname(fromFile), specifier.replace(/\.(m?js)$/, ""));
  for (const suffix of CANDIDATES) {
    const path = base + suffix;
    if (/\.tsx?$/.test(path) && read(path) !== undefined) return path;
  }
  return undefined;
}

/** The relative imports of a parsed file, resolved (the facts cache re-resolves them to see new files). */
export function resolveImports(path: string, ast: ts.SourceFile, read: ReadText): ResolvedImport[] {
  const ts = typescript();
  const out: ResolvedImport[] = [];
  for (const st of ast.statements) {
    if ((ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      const specifier = st.moduleSpecifier.text;
      if (!specifier.startsWith(".")) continue;
      const resolved = resolveRelative(path, specifier, read);
      out.push(resolved ? { specifier, resolved } : { specifier });
    }
  }
  return out;
}

/** A file already parsed by someone else (the language service's program), by path; undefined: parse it here. */
export type ParsedAst = (path: string) => ts.SourceFile | undefined;

/** Parses the entry and every file it reaches through relative imports, entry first (`parsed` gives trees already made). */
export function loadSourceFiles(entry: string, read: ReadText, parsed?: ParsedAst): ParsedFile[] {
  const ts = typescript();
  const seen = new Map<string, ParsedFile>();
  const queue = [resolve(entry)];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const text = read(path);
    if (text === undefined) continue;
    const parse = (source: string) => ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    let deep = findTooDeepNesting(text);
    const given = deep ? undefined : parsed?.(path);
    let ast = given && given.text === text ? given : parse(deep ? "" : text);
    if (!deep && (deep = findTooDeepNode(ast))) ast = parse("");
    const imports = resolveImports(path, ast, read);
    seen.set(path, deep ? { path, text, ast, imports, tooDeep: { span: spanAt(path, text, deep.offset), depth: deep.depth } } : { path, text, ast, imports });
    for (const i of imports) if (i.resolved) queue.push(i.resolved);
  }
  return [...seen.values()];
}

/** The one-character span at `offset` of `text`. */
function spanAt(file: string, text: string, offset: number): SourceSpan {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { file, line, col: offset - before.lastIndexOf("\n"), length: 1 };
}
