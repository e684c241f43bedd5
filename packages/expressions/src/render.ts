import { ERROR_PLACE } from "./call-site.ts";
import type { ComparisonNode, ConditionNode, InNode, NotNode, OrNode } from "./condition.ts";
import type { ExecutionVariableNode } from "./execution-variable.ts";
import type { JoinNode } from "./join.ts";
import type { JsonGetNode } from "./json-get.ts";
import type { ParameterNode } from "./parameter.ts";
import { renderPath, type PropertyNode } from "./property.ts";
import { isExpression } from "./variable.ts";

/** Every expression node kind. */
export type ExpressionNode = ParameterNode | ExecutionVariableNode | PropertyNode | JoinNode | JsonGetNode | ConditionNode;

/** JSON as the definition holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type Renderers = { [K in ExpressionNode["kind"]]: (node: Extract<ExpressionNode, { kind: K }>) => Json };

/** One renderer per node kind: a new kind does not compile until it is rendered here. */
const renderers: Renderers = {
  Parameter: (n) => ({ Get: `Parameters.${n.name}` }),
  ExecutionVariable: (n) => ({ Get: `Execution.${n.name}` }),
  Property: (n) => ({ Get: renderPath(n) }),
  Join: (n: JoinNode) => ({ "Std:Join": { On: n.on, Values: n.values.map(renderValue) } }),
  JsonGet: (n: JsonGetNode) => {
    const source: { [key: string]: Json } = n.propertyFile
      ? { PropertyFile: renderValue(n.propertyFile) }
      : { S3Uri: renderValue(n.s3Uri) };
    return { "Std:JsonGet": { ...source, Path: n.path } };
  },
  Comparison: (n: ComparisonNode) => ({ Type: n.type, LeftValue: renderValue(n.left), RightValue: renderValue(n.right) }),
  In: (n: InNode) => ({ Type: "In", QueryValue: renderValue(n.value), Values: n.values.map(renderValue) }),
  Not: (n: NotNode) => ({ Type: "Not", Condition: renderValue(n.condition) }),
  Or: (n: OrNode) => ({ Type: "Or", Conditions: n.conditions.map(renderValue) }),
};

/**
 * Renders a value for the definition: expression nodes become their JSON forms, arrays and
 * plain objects are walked (keys keep their order; `undefined` members are left out).
 */
export function renderValue(value: unknown): Json {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`Cannot put ${value} in a pipeline definition.`);
    return value;
  }
  if (isExpression(value)) {
    const node = value as ExpressionNode;
    const render = renderers[node.kind] as ((n: ExpressionNode) => Json) | undefined;
    if (!render) throw new TypeError(`No renderer for expression kind ${node.kind}.`);
    return render(node);
  }
  if (Array.isArray(value)) return value.map((v, i) => renderAt(v, String(i)));
  if (typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = renderAt(v, k);
    return out;
  }
  throw new TypeError(`Cannot put a ${typeof value} in a pipeline definition.`);
}

/** renderValue of a member; an error says (in its place, as data) which keys lead to the value. */
function renderAt(value: unknown, key: string): Json {
  try {
    return renderValue(value);
  } catch (e) {
    if (e instanceof Error && !Object.isFrozen(e)) {
      const held = (e as { [ERROR_PLACE]?: { path?: readonly string[] } })[ERROR_PLACE];
      Object.defineProperty(e, ERROR_PLACE, { value: { ...held, path: [key, ...(held?.path ?? [])] }, configurable: true });
    }
    throw e;
  }
}
