import type { Value } from "@sagepipe/expressions";

/** One metrics file (SDK `MetricsSource`). */
export interface MetricsSource {
  readonly s3Uri: Value<string>;
  readonly contentType: Value<string>;
  readonly contentDigest?: Value<string>;
}

/** Model metrics for a model package (SDK `ModelMetrics`). */
export interface ModelMetrics {
  readonly modelStatistics?: MetricsSource;
  readonly modelConstraints?: MetricsSource;
  readonly modelDataStatistics?: MetricsSource;
  readonly modelDataConstraints?: MetricsSource;
  readonly biasPreTrainingConstraints?: MetricsSource;
  readonly biasPostTrainingConstraints?: MetricsSource;
  readonly biasConstraints?: MetricsSource;
  readonly explainabilityConstraints?: MetricsSource;
}

function source(m: MetricsSource | undefined): object | undefined {
  if (!m) return undefined;
  return { ContentType: m.contentType, S3Uri: m.s3Uri, ContentDigest: m.contentDigest };
}

function group(entries: Record<string, MetricsSource | undefined>): object | undefined {
  const out = Object.fromEntries(Object.entries(entries).filter(([, v]) => v).map(([k, v]) => [k, source(v)]));
  return Object.keys(out).length ? out : undefined;
}

/** `ModelMetrics` as CreateModelPackage takes it, in the SDK's key order (Bias and Explainability always present). */
export function renderModelMetrics(m: ModelMetrics): object {
  return {
    ModelQuality: group({ Statistics: m.modelStatistics, Constraints: m.modelConstraints }),
    ModelDataQuality: group({ Statistics: m.modelDataStatistics, Constraints: m.modelDataConstraints }),
    Bias: group({ Report: m.biasConstraints, PreTrainingReport: m.biasPreTrainingConstraints, PostTrainingReport: m.biasPostTrainingConstraints }) ?? {},
    Explainability: group({ Report: m.explainabilityConstraints }) ?? {},
  };
}
