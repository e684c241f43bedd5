import type { MetricDefinition } from "./image-adapters.ts";

/** One final metric, as `FinalMetricDataList` holds it. */
export interface FinalMetric {
  readonly MetricName: string;
  readonly Value: number;
}

/** Applies metric regexes to a job's log; each metric's last match wins; unmatched ones are left out. */
export function readFinalMetrics(log: string, definitions: readonly MetricDefinition[]): { metrics: FinalMetric[]; problems: string[] } {
  const metrics: FinalMetric[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const d of definitions) {
    if (seen.has(d.Name)) continue;
    let re: RegExp;
    try {
      re = new RegExp(d.Regex, "gm");
    } catch (e) {
      problems.push(`MetricDefinitions '${d.Name}': the regex does not compile here (${(e as Error).message})`);
      continue;
    }
    let last: number | undefined;
    for (const m of log.matchAll(re)) {
      const value = Number.parseFloat(m[1] ?? "");
      if (Number.isFinite(value)) last = value;
    }
    if (last !== undefined) {
      seen.add(d.Name);
      metrics.push({ MetricName: d.Name, Value: last });
    }
  }
  return { metrics, problems };
}
