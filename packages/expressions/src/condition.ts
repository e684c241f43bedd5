import { captureCallSite } from "./call-site.ts";
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

/**
 * A comparison of two values of one type. One signature per type rather than a generic `T`:
 * TypeScript would infer `T = number | boolean` for a Boolean parameter against a number and
 * accept it; with these, such a call is an error.
 */
export interface Compare {
  (left: Value<number>, right: Value<number>): ComparisonNode;
  (left: Value<string>, right: Value<string>): ComparisonNode;
  (left: Value<boolean>, right: Value<boolean>): ComparisonNode;
}

function comparison(type: ComparisonType): Compare {
  return (left: Value<Primitive>, right: Value<Primitive>): ComparisonNode => makeNode({ kind: "Comparison", type, left, right }, captureCallSite());
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

/** value is one of values (all of one type, as for the comparisons) */
export function isIn(value: Value<number>, values: readonly Value<number>[]): InNode;
export function isIn(value: Value<string>, values: readonly Value<string>[]): InNode;
export function isIn(value: Value<boolean>, values: readonly Value<boolean>[]): InNode;
export function isIn(value: Value<Primitive>, values: readonly Value<Primitive>[]): InNode {
  return makeNode({ kind: "In", value, values: Object.freeze([...values]) }, captureCallSite());
}

/** not condition */
export function not(condition: ConditionNode): NotNode {
  return makeNode({ kind: "Not", condition }, captureCallSite());
}

/** any of conditions */
export function or(...conditions: readonly ConditionNode[]): OrNode {
  return makeNode({ kind: "Or", conditions: Object.freeze([...conditions]) }, captureCallSite());
}
