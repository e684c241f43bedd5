import { isExpression, JoinNode, type PipelineVariable, type Value } from "@sagepipe/expressions";
import { pyJsonDumps, pyStr } from "../assets/python-text.ts";

/** How a tuning job searches a numeric range. */
export type ScalingType = "Auto" | "Linear" | "Logarithmic" | "ReverseLogarithmic";

/** A range of a hyperparameter to tune (SDK `ContinuousParameter`, `IntegerParameter`, `CategoricalParameter`). */
export type ParameterRange =
  | { readonly kind: "Continuous" | "Integer"; readonly min: Value<number>; readonly max: Value<number>; readonly scaling: ScalingType }
  | { readonly kind: "Categorical"; readonly values: readonly (string | number | boolean)[] };

/** Options of a numeric range. */
export interface NumericRangeOptions {
  /** @default "Auto" */
  readonly scaling?: ScalingType;
}

/** A continuous range: `continuous(0.01, 0.5, { scaling: "Logarithmic" })`. */
export function continuous(min: Value<number>, max: Value<number>, options: NumericRangeOptions = {}): ParameterRange {
  return { kind: "Continuous", min, max, scaling: options.scaling ?? "Auto" };
}

/** An integer range: `integer(2, this.maxDepth)`. */
export function integer(min: Value<number>, max: Value<number>, options: NumericRangeOptions = {}): ParameterRange {
  return { kind: "Integer", min, max, scaling: options.scaling ?? "Auto" };
}

/** A set of values to choose from: `categorical(["gbtree", "dart"])`. */
export function categorical(values: readonly (string | number | boolean)[]): ParameterRange {
  return { kind: "Categorical", values: [...values] };
}

/** A bound as the service takes it: text, or a pipeline variable turned into text. */
function bound(v: Value<number>): Value<string> {
  return isExpression(v) ? JoinNode.create("", [v as PipelineVariable]) : pyStr(v as number);
}

/**
 * `ParameterRanges` in the SDK's form: all three lists, each in declaration order. Categorical
 * values are JSON-encoded for framework estimators (whose containers decode them).
 */
export function renderParameterRanges(ranges: Readonly<Record<string, ParameterRange>>, jsonValues: boolean): object {
  const entries = Object.entries(ranges);
  const numeric = (kind: "Continuous" | "Integer") =>
    entries.flatMap(([name, r]) => (r.kind === kind ? [{ Name: name, MinValue: bound(r.min), MaxValue: bound(r.max), ScalingType: r.scaling }] : []));
  return {
    ContinuousParameterRanges: numeric("Continuous"),
    CategoricalParameterRanges: entries.flatMap(([name, r]) =>
      r.kind === "Categorical" ? [{ Name: name, Values: r.values.map((v) => (jsonValues ? pyJsonDumps(v) : pyStr(v))) }] : [],
    ),
    IntegerParameterRanges: numeric("Integer"),
  };
}
