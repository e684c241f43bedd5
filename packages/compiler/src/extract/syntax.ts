import type { ts } from "ts-morph";
import { typescript } from "./typescript.ts";

/** The name a decorator is called by: `@Processing({...})` -> "Processing". */
export function decoratorName(d: ts.Decorator): string | undefined {
  const ts = typescript();
  const e = ts.isCallExpression(d.expression) ? d.expression.expression : d.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

/** The first argument of a decorator call, when it is an object literal. */
export function decoratorOptions(d: ts.Decorator): ts.ObjectLiteralExpression | undefined {
  const ts = typescript();
  if (!ts.isCallExpression(d.expression)) return undefined;
  const arg = d.expression.arguments[0];
  return arg && ts.isObjectLiteralExpression(arg) ? arg : undefined;
}

/** A property of an object literal by name. */
export function property(obj: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  const ts = typescript();
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && propertyName(p.name) === name) return p.initializer;
    if (ts.isMethodDeclaration(p) && propertyName(p.name) === name) return undefined;
  }
  return undefined;
}

export function propertyName(name: ts.PropertyName): string | undefined {
  const ts = typescript();
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

/** A string literal's text (also a template without substitutions). */
export function stringLiteral(e: ts.Expression | undefined): string | undefined {
  const ts = typescript();
  if (!e) return undefined;
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  return undefined;
}

export function decorators(node: ts.Node): readonly ts.Decorator[] {
  const ts = typescript();
  return (ts.canHaveDecorators(node) ? ts.getDecorators(node) : undefined) ?? [];
}

/** `this.x` -> "x"; `this["x"]` -> "x". */
export function thisMember(e: ts.Node): string | undefined {
  const ts = typescript();
  if (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword) return e.name.text;
  if (ts.isElementAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword) return stringLiteral(e.argumentExpression);
  return undefined;
}

/** Member names read after a node: `X.outputs.train` from X -> ["outputs", "train"]. */
export function memberChain(node: ts.Node): string[] {
  const ts = typescript();
  const out: string[] = [];
  let cur: ts.Node = node;
  while (cur.parent && ts.isPropertyAccessExpression(cur.parent) && cur.parent.expression === cur) {
    out.push(cur.parent.name.text);
    cur = cur.parent;
  }
  return out;
}
