// How deep a definition may nest. Every other walker of a definition (the schema, the semantic
// checks, pointers, document order) recurses once per level, so this check runs first, with a
// loop of its own, and when it finds anything nothing else runs.
import { childPointer, isObject, type PointerSegment } from "../json-pointer.ts";
import { issue, type ValidationIssue } from "../validation-issue.ts";

/**
 * Expressions inside expressions (a `Not` of a `Not`, a `Std:Join` in a comparison...): at
 * most 100, the limit `@sagepipe/expressions` enforces when an expression is made
 * (MAX_EXPRESSION_DEPTH; a test checks both say the same).
 */
export const MAX_EXPRESSION_DEPTH = 100;

/** Any JSON value: at most 256 levels (a definition of the SDK's nests 18; 100 nested `Or`s, 210). */
export const MAX_JSON_DEPTH = 256;

const CONDITION_TYPES = new Set(["Equals", "GreaterThan", "GreaterThanOrEqualTo", "LessThan", "LessThanOrEqualTo", "In", "Not", "Or"]);

/** True for the JSON form of an expression: a Get, a function, or a condition. */
function isExpressionObject(value: Record<string, unknown>): boolean {
  return typeof value.Get === "string" || "Std:Join" in value || "Std:JsonGet" in value || (typeof value.Type === "string" && CONDITION_TYPES.has(value.Type));
}

interface Frame {
  readonly children: readonly [PointerSegment, unknown][];
  next: number;
  readonly pointer: string;
  readonly depth: number;
  readonly expressionDepth: number;
  /** Pointer of the outermost expression this value is inside. */
  readonly expressionRoot: string | undefined;
}

function childrenOf(value: unknown): [PointerSegment, unknown][] {
  if (Array.isArray(value)) return value.map((v, i) => [i, v]);
  return isObject(value) ? Object.entries(value) : [];
}

/** Values nested deeper than the limits: one issue per expression (or value) that goes too deep. */
export function checkNesting(definition: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const stack: Frame[] = [{ children: childrenOf(definition), next: 0, pointer: "", depth: 1, expressionDepth: 0, expressionRoot: undefined }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.next === top.children.length) {
      stack.pop();
      continue;
    }
    const [key, value] = top.children[top.next++]!;
    if (value === null || typeof value !== "object") continue;
    const pointer = childPointer(top.pointer, key);
    const isExpression = isObject(value) && isExpressionObject(value);
    const expressionDepth = top.expressionDepth + (isExpression ? 1 : 0);
    const expressionRoot = top.expressionRoot ?? (isExpression ? pointer : undefined);
    if (expressionDepth > MAX_EXPRESSION_DEPTH) {
      out.push(issue("SP900", expressionRoot!, `Expression nested too deep: expressions nest more than ${MAX_EXPRESSION_DEPTH} levels inside this one (a pipeline definition allows at most ${MAX_EXPRESSION_DEPTH}).`, "Flatten it: a Not of a Not is the inner condition, an Or takes any number of conditions, and a condition step's Conditions must all hold."));
      continue;
    }
    if (top.depth + 1 > MAX_JSON_DEPTH) {
      out.push(issue("SP900", pointer, `Value nested too deep: more than ${MAX_JSON_DEPTH} levels of objects and arrays (sagepipe reads at most ${MAX_JSON_DEPTH}).`, "Flatten the value."));
      continue;
    }
    stack.push({ children: childrenOf(value), next: 0, pointer, depth: top.depth + 1, expressionDepth, expressionRoot });
  }
  return out;
}
