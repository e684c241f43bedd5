import { isExpression, JoinNode, type PipelineVariable, type Value } from "@sagepipe/expressions";
import { pyJsonDumps, pyStr } from "../assets/python-text.ts";

/** A hyperparameter value: plain, or a pipeline variable of any type. */
export type HyperparameterValue = Value<string> | Value<number> | Value<boolean>;

/** Hyperparameters by name. */
export type Hyperparameters = Readonly<Record<string, HyperparameterValue>>;

/** The SDK's `Estimator` form: `str()` of each value; pipeline variables stay references. */
export function plainHyperparameters(hps: Hyperparameters): Record<string, Value<string> | PipelineVariable> {
  return Object.fromEntries(Object.entries(hps).map(([k, v]) => [k, isExpression(v) ? v : pyStr(v as string | number | boolean)]));
}

/**
 * The SDK's framework form (`json.dumps` of each value, so strings keep their quotes: `"\"adam\""`);
 * a pipeline variable becomes `Std:Join` of itself, which the service turns into its text.
 */
export function jsonHyperparameters(hps: Hyperparameters): Record<string, Value<string>> {
  return Object.fromEntries(
    Object.entries(hps).map(([k, v]) => [k, isExpression(v) ? JoinNode.create("", [v as PipelineVariable]) : pyJsonDumps(v)]),
  );
}
