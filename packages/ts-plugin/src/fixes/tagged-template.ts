import type { ts } from "ts-morph";
import { nodeAt, replace, type Fix, type FixContext } from "./fix.ts";
import { importFromCore, tagFor, templateText } from "./tag-import.ts";

/** The fix that writes `tag` + template in place of `node`, importing the tag if needed. */
function toTemplate(ctx: FixContext, node: ts.Node, tag: "s3" | "str", body: string, description: string): Fix {
  return { name: "sagepipeTaggedTemplate", description, changes: [replace(node, ctx.sf, `${tag}\`${body}\``), ...importFromCore(ctx.api, ctx.sf, tag)] };
}

/** SP301: `` `s3://${this.bucket}/x` `` -> `` s3`s3://${this.bucket}/x` ``. */
export function tagTemplate(ctx: FixContext): Fix | undefined {
  const { api, sf } = ctx;
  const node = nodeAt(ctx, api.isTemplateExpression);
  if (!node) return undefined;
  const tag = tagFor(node.head.text);
  return { name: "sagepipeTaggedTemplate", description: `Tag the template with ${tag} (a Std:Join built at run time)`, changes: [{ span: { start: node.getStart(sf), length: 0 }, newText: tag }, ...importFromCore(api, sf, tag)] };
}

/** SP303: `String(x)` or `x.toString()` -> `` str`${x}` ``. */
export function stringCallToTemplate(ctx: FixContext): Fix | undefined {
  const { api, sf } = ctx;
  const call = nodeAt(ctx, api.isCallExpression);
  if (!call) return undefined;
  const value = api.isIdentifier(call.expression) && call.expression.text === "String" ? call.arguments[0]
    : api.isPropertyAccessExpression(call.expression) && call.expression.name.text === "toString" && call.arguments.length === 0 ? call.expression.expression
    : undefined;
  if (!value) return undefined;
  return toTemplate(ctx, call, "str", `\${${value.getText(sf)}}`, `Write str\`\${${value.getText(sf)}}\` (a Std:Join built at run time)`);
}

/** SP302: `"s3://" + this.bucket + "/x"` -> `` s3`s3://${this.bucket}/x` `` (the whole chain of `+`). */
export function concatToTemplate(ctx: FixContext): Fix | undefined {
  const { api, sf } = ctx;
  const isPlus = (n: ts.Node): n is ts.BinaryExpression => api.isBinaryExpression(n) && n.operatorToken.kind === api.SyntaxKind.PlusToken;
  let chain: ts.Node | undefined = nodeAt(ctx, isPlus);
  if (!chain) return undefined;
  while (chain.parent && isPlus(chain.parent)) chain = chain.parent;
  const operands: ts.Expression[] = [];
  const flatten = (e: ts.Expression): void => {
    if (isPlus(e)) {
      flatten(e.left);
      flatten(e.right);
    } else operands.push(e);
  };
  flatten(chain as ts.Expression);
  const body = operands
    .map((e) => (api.isStringLiteral(e) || api.isNoSubstitutionTemplateLiteral(e) ? templateText(e.text) : `\${${e.getText(sf)}}`))
    .join("");
  const tag = tagFor(body);
  return toTemplate(ctx, chain, tag, body, `Write the text as ${tag}\`...\` (a Std:Join built at run time)`);
}

/** SP031: `s3("s3://bucket/x")` -> `` s3`s3://bucket/x` ``. */
export function callToTag(ctx: FixContext): Fix | undefined {
  const { api, sf } = ctx;
  const call = nodeAt(ctx, api.isCallExpression);
  if (!call || !api.isIdentifier(call.expression) || call.arguments.length !== 1) return undefined;
  const arg = call.arguments[0]!;
  const tag = call.expression.text;
  let body: string | undefined;
  if (api.isStringLiteral(arg)) body = templateText(arg.text);
  else if (api.isNoSubstitutionTemplateLiteral(arg) || api.isTemplateExpression(arg)) body = arg.getText(sf).slice(1, -1);
  if (body === undefined) return undefined;
  return { name: "sagepipeTaggedTemplate", description: `Use ${tag} as a tag: ${tag}\`...\``, changes: [replace(call, sf, `${tag}\`${body}\``)] };
}
