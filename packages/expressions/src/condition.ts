import { makeNode, type PipelineVariable, type Primitive, type Value } from "./variable.ts";

/** The comparison condition types of a Condition step. */
export type ComparisonType = "Equals" | "GreaterThan" | "GreaterThanOrEqualTo" | "LessThan" | "LessThanOrEqualTo";

/** `{Type, LeftValue, RightValue}`. */
export interface ComparisonNode {
  readonly kind: "Comparison";
  readonly type: ComparisonType;
  readonly left: Primitive | PipelineVariable;
  readonly right: Primitive | PipelineVariable;
}

/** `{Type: "In", QueryValue, Values}`. */
export interface InNode {
  readonly kind: "In";
  readonly value: Primitive | PipelineVariable;
  readonly values: readonly (Primitive | PipelineVariable)[];
}

/** `{Type: "Not", Condition}`. */
export interface NotNode {
  readonly kind: "Not";
  readonly condition: ConditionNode;
}

/** `{Type: "Or", Conditions}`. */
export interface OrNode {
  readonly kind: "Or";
  readonly conditions: readonly ConditionNode[];
}

/** Any condition. */
export type ConditionNode = ComparisonNode | InNode | NotNode | OrNode;

const CONDITION_KINDS = new Set(["Comparison", "In", "Not", "Or"]);

export const ConditionNode = Object.freeze({
  is: (x: unknown): x is ConditionNode => CONDITION_KINDS.has((x as { kind?: string } | undefined)?.kind ?? ""),
});

function comparison(type: ComparisonType) {
  return <T extends Primitive>(left: Value<T>, right: Value<T>): ComparisonNode =>
    makeNode({ kind: "Comparison", type, left, right });
}

/** left == right */
export const eq = comparison("Equals");
/** left > right */
export const gt = comparison("GreaterThan");
/** left >= right */
export const gte = comparison("GreaterThanOrEqualTo");
/** left < right */
export const lt = comparison("LessThan");
/** left <= right */
export const lte = comparison("LessThanOrEqualTo");

/** value is one of values */
export function isIn<T extends Primitive>(value: Value<T>, values: readonly Value<T>[]): InNode {
  return makeNode({ kind: "In", value, values: Object.freeze([...values]) });
}

/** not condition */
export function not(condition: ConditionNode): NotNode {
  return makeNode({ kind: "Not", condition });
}

/** any of conditions */
export function or(...conditions: readonly ConditionNode[]): OrNode {
  return makeNode({ kind: "Or", conditions: Object.freeze([...conditions]) });
}
