import { readFileSync } from "node:fs";
import { findSourceMap } from "node:module";
import { fileURLToPath } from "node:url";
import type { CreatedAt } from "@sagepipe/core";
import type { ts } from "ts-morph";
import type { SourceSpan } from "../diagnostics/diagnostic.ts";
import { spanOf } from "../extract/spans.ts";
import { propertyName } from "../extract/syntax.ts";
import { typescript } from "../extract/typescript.ts";

/** A point in a TypeScript file of the user's, 1-based. */
export interface SourcePoint {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

const pathOf = (url: string): string | undefined => {
  if (!url.startsWith("file:")) return url.startsWith("/") ? url : undefined;
  try {
    return fileURLToPath(url);
  } catch {
    return undefined;
  }
};

/**
 * The first frame of `at` in one of the user's `files`, mapped through the loader's source map
 * (tsx registers one per module) to the TypeScript line and column.
 */
export function userPoint(at: CreatedAt | undefined, files: ReadonlySet<string>): SourcePoint | undefined {
  for (const frame of at ?? []) {
    const file = pathOf(frame.url);
    if (!file || !files.has(file)) continue;
    const entry = findSourceMap(frame.url)?.findEntry(frame.line - 1, frame.col - 1) as { originalLine?: number; originalColumn?: number } | undefined;
    if (entry?.originalLine !== undefined && entry.originalColumn !== undefined) return { file, line: entry.originalLine + 1, col: entry.originalColumn + 1 };
    return { file, line: frame.line, col: frame.col };
  }
  return undefined;
}

/** Parsed files, read once per build and only when a diagnostic needs one. */
export class SourceIndex {
  readonly #files = new Map<string, ts.SourceFile | undefined>();

  constructor(readonly userFiles: ReadonlySet<string>) {}

  file(path: string): ts.SourceFile | undefined {
    if (!this.#files.has(path)) {
      let parsed: ts.SourceFile | undefined;
      try {
        const ts = typescript();
        parsed = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
      } catch {
        parsed = undefined;
      }
      this.#files.set(path, parsed);
    }
    return this.#files.get(path);
  }

  /**
   * Where a value made at `at` is written: the option `path` leads to (e.g. ["instanceType"],
   * or a definition's JSON pointer segments) inside the call's object arguments or those of
   * the call that made its receiver (`p` of `p.run(...)`); else the call itself.
   */
  span(at: CreatedAt | undefined, path: readonly string[] = [], argument?: number): SourceSpan | undefined {
    const point = userPoint(at, this.userFiles);
    return point ? this.spanAt(point, path, argument) : undefined;
  }

  /** `span` from a point already in the user's source (e.g. a stack frame Node mapped). */
  spanAt(point: SourcePoint, path: readonly string[] = [], argument?: number): SourceSpan {
    const sf = this.file(point.file);
    if (!sf) return { ...point, length: 1 };
    const call = callAt(sf, point);
    if (!call) return { ...point, length: 1 };
    const found = path.length ? optionIn(call, path, sf) : undefined;
    const positional = argument !== undefined && !typescript().isTaggedTemplateExpression(call) ? call.arguments?.[argument] : undefined;
    return spanOf(found ?? positional ?? call, sf);
  }
}

/** The first `.name` read on `point`'s line at or after its column (e.g. `trian` of `outputs.trian`). */
export function memberSpan(index: SourceIndex, point: SourcePoint, name: string): SourceSpan | undefined {
  const ts = typescript();
  const sf = index.file(point.file);
  if (!sf) return undefined;
  let start: number;
  try {
    start = sf.getPositionOfLineAndCharacter(point.line - 1, point.col - 1);
  } catch {
    return undefined;
  }
  const lineEnd = sf.getLineEndOfPosition(start);
  let found: ts.Node | undefined;
  const visit = (n: ts.Node): void => {
    if (found || n.getEnd() < start || n.getStart(sf) > lineEnd) return;
    if (ts.isPropertyAccessExpression(n) && n.name.text === name && n.name.getStart(sf) >= start) found = n.name;
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found ? spanOf(found, sf) : undefined;
}

/**
 * The option `path` leads to in the decorator of the step method or class whose name is at
 * `declared` (e.g. `cache.expireAfter` of a step, `bucket` of `@Pipeline`).
 */
export function decoratorOptionSpan(index: SourceIndex, declared: SourceSpan, path: readonly string[]): SourceSpan | undefined {
  const ts = typescript();
  const sf = index.file(declared.file);
  if (!sf) return undefined;
  let pos: number;
  try {
    pos = sf.getPositionOfLineAndCharacter(declared.line - 1, declared.col - 1);
  } catch {
    return undefined;
  }
  let decl: ts.MethodDeclaration | ts.ClassDeclaration | undefined;
  const visit = (n: ts.Node): void => {
    if (decl || pos < n.getFullStart() || pos >= n.getEnd()) return;
    if ((ts.isMethodDeclaration(n) || ts.isClassDeclaration(n)) && n.name?.getStart(sf) === pos) decl = n;
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  const args = (decl ? ts.getDecorators(decl) ?? [] : []).flatMap((d) => (ts.isCallExpression(d.expression) ? [...d.expression.arguments] : []));
  const found = walkPath(args, path);
  return found ? spanOf(found, sf) : undefined;
}

type Call = ts.CallExpression | ts.NewExpression | ts.TaggedTemplateExpression;

/** The innermost call whose callee holds the point (V8 places a call at its callee's name). */
function callAt(sf: ts.SourceFile, p: SourcePoint): Call | undefined {
  const ts = typescript();
  let pos: number;
  try {
    pos = sf.getPositionOfLineAndCharacter(p.line - 1, p.col - 1);
  } catch {
    return undefined;
  }
  let best: Call | undefined;
  const visit = (n: ts.Node): void => {
    if (pos < n.getStart(sf) || pos >= n.getEnd()) return;
    if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && pos < (n.arguments?.pos ?? n.getEnd())) best = n;
    else if (ts.isTaggedTemplateExpression(n) && pos < n.template.getStart(sf)) best = n;
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return best;
}

/** Option names the definition spells differently (definition key -> DSL option names). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  RoleArn: ["role"], ImageUri: ["image"], AppSpecification: [], ProcessingInputs: ["inputs"], ProcessingOutputConfig: ["outputs"],
  Outputs: ["outputs"], S3Uri: ["source", "destination", "s3Data", "outputPath"], LocalPath: ["destination", "source"],
  InputDataConfig: ["inputs"], ContainerArguments: ["arguments"], Environment: ["env"], HyperParameters: ["hyperparameters"],
  StoppingCondition: ["maxRuntimeInSeconds"], ErrorMessage: [], ExpireAfter: ["expireAfter"], DefaultValue: ["default"],
  CacheConfig: ["cache"], RetryPolicies: ["retry"], ModelPackageName: ["modelPackageArn"],
};

/** Keys whose option depends on the object holding them: an input's S3Uri is its `source`, an output's its `destination`. */
const IN_CONTEXT: Readonly<Record<string, readonly string[]>> = {
  "S3Input.S3Uri": ["source"], "S3Input.LocalPath": ["destination"],
  "S3Output.S3Uri": ["destination"], "S3Output.LocalPath": ["source"],
};

/** Definition lists the DSL takes as a record by name: the n-th item is the record's n-th property. */
const RECORD_LISTS: ReadonlySet<string> = new Set(["Outputs"]);

const camel = (key: string) => key.charAt(0).toLowerCase() + key.slice(1);

/** The option a path of keys (DSL names or definition segments) leads to, searched in the call and its receiver's maker. */
function optionIn(call: Call, path: readonly string[], sf: ts.SourceFile): ts.Node | undefined {
  const ts = typescript();
  const roots: ts.Node[] = [];
  for (let c: Call | undefined = call, depth = 0; c && depth < 4; depth++) {
    if (!ts.isTaggedTemplateExpression(c)) roots.push(...(c.arguments ?? []));
    c = receiverMaker(c, sf);
  }
  return walkPath(roots, path) ?? positionalFor(call, path);
}

/** Definition keys made from a positional argument of the helper: `fail(message)`. */
const POSITIONAL: Readonly<Record<string, number>> = { ErrorMessage: 0 };

function positionalFor(call: Call, path: readonly string[]): ts.Node | undefined {
  const ts = typescript();
  const n = POSITIONAL[path[path.length - 1] ?? ""];
  return n === undefined || ts.isTaggedTemplateExpression(call) ? undefined : call.arguments?.[n];
}

/** Follows `path` (option names or definition keys) through object and array literals under `roots`. */
function walkPath(roots: readonly ts.Node[], path: readonly string[]): ts.Node | undefined {
  const ts = typescript();
  let scope: readonly ts.Node[] = roots;
  let found: ts.Node | undefined;
  for (const [i, segment] of path.entries()) {
    if (/^\d+$/.test(segment)) {
      const arrays = scope.filter(ts.isArrayLiteralExpression);
      // A record the definition renders as a list, in its order (`outputs: { train: ... }`).
      const record = RECORD_LISTS.has(path[i - 1] ?? "") ? scope.find(ts.isObjectLiteralExpression)?.properties[Number(segment)] : undefined;
      const el = arrays[0]?.elements[Number(segment)] ?? record;
      if (el) {
        scope = ts.isPropertyAssignment(el) ? [el.initializer] : [el];
        found = el;
      }
      continue;
    }
    const names = new Set([segment, camel(segment), ...(IN_CONTEXT[`${path[i - 1]}.${segment}`] ?? ALIASES[segment] ?? [])]);
    const hit = scope.map((n) => findOption(n, names)).find((n) => n !== undefined);
    if (hit) {
      found = hit;
      scope = ts.isPropertyAssignment(hit) ? [hit.initializer] : [hit];
    }
  }
  return found;
}

/** The first property (depth first) named one of `names` in object and array literals under `node`. */
function findOption(node: ts.Node, names: ReadonlySet<string>): ts.Node | undefined {
  const ts = typescript();
  if (ts.isObjectLiteralExpression(node)) {
    for (const p of node.properties) {
      if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && names.has(propertyName(p.name) ?? "")) return p;
    }
    for (const p of node.properties) {
      const inner = ts.isPropertyAssignment(p) ? findOption(p.initializer, names) : undefined;
      if (inner) return inner;
    }
  } else if (ts.isArrayLiteralExpression(node)) {
    for (const el of node.elements) {
      const inner = findOption(el, names);
      if (inner) return inner;
    }
  } else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
    return findOption(node.expression, names);
  }
  return undefined;
}

/** `processor({...})` for `processor({...}).run(...)`, or for `p.run(...)` where `const p = processor({...})` in the file. */
function receiverMaker(call: Call, sf: ts.SourceFile): Call | undefined {
  const ts = typescript();
  if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  let receiver: ts.Expression = call.expression.expression;
  while (ts.isParenthesizedExpression(receiver) || ts.isNonNullExpression(receiver)) receiver = receiver.expression;
  if (ts.isCallExpression(receiver) || ts.isNewExpression(receiver)) return receiver;
  if (!ts.isIdentifier(receiver)) return undefined;
  const name = receiver.text;
  let made: Call | undefined;
  const visit = (n: ts.Node): void => {
    if (made) return;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name && n.initializer && (ts.isCallExpression(n.initializer) || ts.isNewExpression(n.initializer))) made = n.initializer;
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  return made;
}
