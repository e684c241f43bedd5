/** A metric the training container logs, found by a regular expression (`Name`/`Regex`). */
export interface MetricDefinition {
  /** e.g. "validation:rmse" */
  readonly name: string;
  /** The first group is the value, e.g. "rmse=([0-9\\.]+)". */
  readonly regex: string;
}

/** `MetricDefinitions`, or undefined when there are none. */
export function renderMetricDefinitions(defs: readonly MetricDefinition[] | undefined): object[] | undefined {
  return defs?.length ? defs.map((d) => ({ Name: d.name, Regex: d.regex })) : undefined;
}
