import { stepName } from "@sagepipe/compiler";
import { closestName } from "@sagepipe/validate";
import type { ts } from "ts-morph";
import { nodeAt, replace, type Fix, type FixContext } from "./fix.ts";

/** SP002: `class P` -> `export class P`. */
export function addExport(ctx: FixContext): Fix | undefined {
  const { api, sf } = ctx;
  const name = nodeAt(ctx, api.isIdentifier);
  const cls = name?.parent;
  if (!cls || !api.isClassDeclaration(cls)) return undefined;
  // Before the first modifier that is not a decorator (`abstract`), else before `class`.
  const modifier = cls.modifiers?.find((m) => !api.isDecorator(m));
  const keyword = cls.getChildren(sf).find((c) => c.kind === api.SyntaxKind.ClassKeyword);
  const at = (modifier ?? keyword)?.getStart(sf);
  if (at === undefined) return undefined;
  return { name: "sagepipeExportPipeline", description: `Export class ${cls.name?.text}`, changes: [{ span: { start: at, length: 0 }, newText: "export " }] };
}

/** SP028: `@Processing` -> `@Processing()`; `@Pipeline` -> `@Pipeline({ name: "<Class>" })`. */
export function callDecorator(ctx: FixContext): Fix | undefined {
  const { api, sf } = ctx;
  const deco = nodeAt(ctx, api.isDecorator);
  if (!deco || api.isCallExpression(deco.expression)) return undefined;
  const callee = deco.expression.getText(sf);
  const cls = api.isClassDeclaration(deco.parent) ? deco.parent : undefined;
  const args = cls ? `{ name: "${cls.name?.text ?? "MyPipeline"}" }` : "";
  return { name: "sagepipeCallDecorator", description: `Call the decorator: @${callee}(${args})`, changes: [replace(deco.expression, sf, `${callee}(${args})`)] };
}

/** SP029: `dependsOn: ["Prepare"]` -> `dependsOn: (self: P) => [self.prepare]`, each name matched to a step. */
export function dependsOnFunction(ctx: FixContext): Fix | undefined {
  const { api, sf } = ctx;
  const list = nodeAt(ctx, (n): n is ts.Expression => api.isExpression(n) && api.isPropertyAssignment(n.parent) && n.parent.initializer === n);
  if (!list) return undefined;
  let cls: ts.Node | undefined = list;
  while (cls && !api.isClassDeclaration(cls)) cls = cls.parent;
  const className = cls && api.isClassDeclaration(cls) ? cls.name?.text : undefined;
  const pipeline = ctx.check.facts.pipelines.find((p) => p.className === className) ?? ctx.check.facts.pipelines.find((p) => p.file === sf.fileName);
  if (!pipeline || !className) return undefined;
  const names = api.isArrayLiteralExpression(list) ? list.elements : [list];
  const byName = new Map(pipeline.steps.flatMap((s) => [[stepName(s), s.method], [s.method, s.method]] as const));
  const methods = names.map((e) => {
    if (!api.isStringLiteral(e) && !api.isNoSubstitutionTemplateLiteral(e)) return undefined;
    const near = byName.get(e.text) ?? closestName(e.text, byName.keys());
    return near === undefined ? undefined : byName.get(near);
  });
  if (!methods.length || methods.some((m) => m === undefined)) return undefined;
  const text = `(self: ${className}) => [${methods.map((m) => `self.${m}`).join(", ")}]`;
  return { name: "sagepipeDependsOnFunction", description: `Write dependsOn: ${text}`, changes: [replace(list, sf, text)] };
}
