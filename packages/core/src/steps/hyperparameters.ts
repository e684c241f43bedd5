import { isExpression, JoinNode, ParameterNode, type PipelineVariable, type Value } from "@sagepipe/expressions";
import { pyJsonDumps, pyStr } from "../assets/python-text.ts";

/** A hyperparameter value: plain, or a pipeline variable of any type. */
export type HyperparameterValue = Value<string> | Value<number> | Value<boolean>;

/** Hyperparameters by name. */
export type Hyperparameters = Readonly<Record<string, HyperparameterValue>>;

/**
 * A pipeline variable as text, as the SDK's `to_string()`: a String parameter or a Join is
 * already text; anything else becomes `Std:Join` of itself.
 */
export function variableAsText(v: PipelineVariable): Value<string> {
  if (ParameterNode.is(v) && v.type === "String") return v as unknown as Value<string>;
  if (JoinNode.is(v)) return v as unknown as Value<string>;
  return JoinNode.create("", [v]);
}

/** The SDK's `Estimator` form: `str()` of each value; pipeline variables through `to_string()`. */
export function plainHyperparameters(hps: Hyperparameters): Record<string, Value<string>> {
  return Object.fromEntries(Object.entries(hps).map(([k, v]) => [k, isExpression(v) ? variableAsText(v as PipelineVariable) : pyStr(v as string | number | boolean)]));
}

/**
 * The SDK's framework form (`json.dumps` of each value, so strings keep their quotes: `"\"adam\""`);
 * pipeline variables go through `to_string()` as above.
 */
export function jsonHyperparameters(hps: Hyperparameters): Record<string, Value<string>> {
  return Object.fromEntries(
    Object.entries(hps).map(([k, v]) => [k, isExpression(v) ? variableAsText(v as PipelineVariable) : pyJsonDumps(v)]),
  );
}
