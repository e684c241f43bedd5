import type { ExpressionNode } from "./render.ts";
import { isExpression } from "./variable.ts";

/** Calls `visit` on every expression node inside `value` (nodes nested in nodes included). */
export function forEachExpression(value: unknown, visit: (node: ExpressionNode) => void): void {
  if (value === null || typeof value !== "object") return;
  if (isExpression(value)) {
    const node = value as ExpressionNode;
    visit(node);
    switch (node.kind) {
      case "Join": return node.values.forEach((v) => forEachExpression(v, visit));
      case "JsonGet": return forEachExpression(node.propertyFile ?? node.s3Uri, visit);
      case "Comparison": forEachExpression(node.left, visit); return forEachExpression(node.right, visit);
      case "In": forEachExpression(node.value, visit); return node.values.forEach((v) => forEachExpression(v, visit));
      case "Not": return forEachExpression(node.condition, visit);
      case "Or": return node.conditions.forEach((c) => forEachExpression(c, visit));
      default: return;
    }
  }
  if (Array.isArray(value)) return value.forEach((v) => forEachExpression(v, visit));
  for (const v of Object.values(value)) forEachExpression(v, visit);
}
