import type { Value } from "@sagepipe/expressions";
import type { MetricsSource } from "./model-metrics.ts";

/** A configuration file of a check (SDK `FileSource`). */
export interface FileSource {
  readonly s3Uri: Value<string>;
  /** @default none */
  readonly contentType?: Value<string>;
  /** @default none */
  readonly contentDigest?: Value<string>;
}

/** The baselines a model package's later drift checks compare with (SDK `DriftCheckBaselines`). */
export interface DriftCheckBaselines {
  readonly modelStatistics?: MetricsSource;
  readonly modelConstraints?: MetricsSource;
  readonly modelDataStatistics?: MetricsSource;
  readonly modelDataConstraints?: MetricsSource;
  readonly biasConfigFile?: FileSource;
  readonly biasPreTrainingConstraints?: MetricsSource;
  readonly biasPostTrainingConstraints?: MetricsSource;
  readonly explainabilityConstraints?: MetricsSource;
  readonly explainabilityConfigFile?: FileSource;
}

function metrics(m: MetricsSource | undefined): object | undefined {
  return m && { ContentType: m.contentType, S3Uri: m.s3Uri, ContentDigest: m.contentDigest };
}

function file(f: FileSource | undefined): object | undefined {
  return f && { S3Uri: f.s3Uri, ContentDigest: f.contentDigest, ContentType: f.contentType };
}

/** A group with its given members, or undefined when it has none. */
function group(members: Record<string, object | undefined>): object | undefined {
  const given = Object.entries(members).filter(([, v]) => v !== undefined);
  return given.length ? Object.fromEntries(given) : undefined;
}

/** `DriftCheckBaselines` as CreateModelPackage takes it, in the SDK's key order (empty groups left out). */
export function renderDriftCheckBaselines(d: DriftCheckBaselines): object {
  return {
    ModelQuality: group({ Statistics: metrics(d.modelStatistics), Constraints: metrics(d.modelConstraints) }),
    ModelDataQuality: group({ Statistics: metrics(d.modelDataStatistics), Constraints: metrics(d.modelDataConstraints) }),
    Bias: group({ ConfigFile: file(d.biasConfigFile), PreTrainingConstraints: metrics(d.biasPreTrainingConstraints), PostTrainingConstraints: metrics(d.biasPostTrainingConstraints) }),
    Explainability: group({ Constraints: metrics(d.explainabilityConstraints), ConfigFile: file(d.explainabilityConfigFile) }),
  };
}
