import { isExpression, type PipelineVariable } from "./variable.ts";

/**
 * A pipeline variable of any type passed where a request takes text, unchanged: the definition
 * holds the bare reference and SageMaker turns the value into text when the step runs (what the
 * SDK writes when an Integer output or parameter is given to a text field). Prefer str`${x}`,
 * which converts explicitly (a `Std:Join`); this keeps a definition that passes the value as is.
 */
export function asText(variable: PipelineVariable): PipelineVariable<string> {
  if (!isExpression(variable)) throw new TypeError(`asText takes a pipeline variable (a parameter, a step property or output), not ${JSON.stringify(variable)}.`);
  return variable as PipelineVariable<string>;
}
