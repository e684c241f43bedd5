import type { Value } from "@sagepipe/expressions";

/** A column: by name or by position. */
export type Column = string | number;

/** The dataset a Clarify check reads and where it writes (SDK `clarify.DataConfig`). */
export interface ClarifyDataConfig {
  /** The dataset: an S3 URI or a pipeline variable holding one. */
  readonly s3DataInputPath: Value<string>;
  /** Where the analysis results go (an S3 URI). */
  readonly s3OutputPath: Value<string>;
  /** Where the analysis configuration is uploaded at build time. @default s3OutputPath */
  readonly s3AnalysisConfigOutputPath?: string;
  /** The target column (name, index or JMESPath). @default none */
  readonly label?: Column;
  /** The dataset's column names. @default none */
  readonly headers?: readonly string[];
  /** JMESPath of the features (JSON and JSON Lines datasets). @default none */
  readonly features?: string;
  /** @default "text/csv" */
  readonly datasetType?: "text/csv" | "application/jsonlines" | "application/json" | "application/x-parquet" | "application/x-image";
  /** @default "None" */
  readonly s3CompressionType?: "None" | "Gzip";
  /** The identifier column used to join datasets. @default none */
  readonly joinsource?: Column;
  /** Columns left out of the model's inputs. @default none */
  readonly excludedColumns?: readonly Column[];
  /** The column with the model's predictions, when the dataset has them. @default none */
  readonly predictedLabel?: Column;
}

/** The sensitive groups bias is measured for (SDK `clarify.BiasConfig`). */
export interface ClarifyBiasConfig {
  /** Label values (or a threshold) meaning a positive outcome. */
  readonly labelValuesOrThreshold: readonly (string | number)[];
  /** The sensitive column(s). */
  readonly facetName: Column | readonly Column[];
  /** Values (or a threshold) of the sensitive group; one list per facet when `facetName` is a list. @default every value */
  readonly facetValuesOrThreshold?: readonly unknown[];
  /** A column to condition demographic disparity on. @default none */
  readonly groupName?: string;
}

/** The model Clarify calls through a shadow endpoint (SDK `clarify.ModelConfig`). */
export interface ClarifyModelConfig {
  /** A model made by CreateModel. */
  readonly modelName: string;
  readonly instanceCount: number;
  readonly instanceType: string;
  /** @default the content type */
  readonly acceptType?: "text/csv" | "application/jsonlines";
  /** @default the dataset type */
  readonly contentType?: "text/csv" | "application/jsonlines";
  /** JSON Lines request template with a `$features` placeholder. @default none */
  readonly contentTemplate?: string;
  /** @default none */
  readonly customAttributes?: string;
  /** @default none */
  readonly acceleratorType?: string;
  /** @default none */
  readonly endpointNamePrefix?: string;
}

/** How to read a predicted label out of the model's output (SDK `ModelPredictedLabelConfig`). */
export interface ClarifyPredictedLabelConfig {
  /** @default none */
  readonly label?: Column | readonly number[];
  /** @default none */
  readonly probability?: Column | readonly number[];
  /** @default none (the service's 0.5) */
  readonly probabilityThreshold?: number;
  /** @default none */
  readonly labelHeaders?: readonly string[];
}

/** Kernel SHAP settings (SDK `SHAPConfig`). */
export interface ClarifyShapConfig {
  /** Baseline rows, or the S3 URI of a baseline file. @default none (Clarify clusters the dataset) */
  readonly baseline?: string | readonly (readonly unknown[])[];
  /** @default none */
  readonly numSamples?: number;
  /** @default none */
  readonly aggMethod?: "mean_abs" | "median" | "mean_sq";
  /** @default false */
  readonly useLogit?: boolean;
  /** @default true */
  readonly saveLocalShapValues?: boolean;
  /** @default none */
  readonly seed?: number;
  /** Size of the clustered baseline, instead of `baseline`. @default none */
  readonly numClusters?: number;
}

type Json = unknown;

/** Sets `key` when `value` is given, as the SDK's `_set` does. */
function withSet(target: Record<string, Json>, entries: Record<string, Json>): Record<string, Json> {
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) target[k] = v;
  return target;
}

/** The analysis configuration's dataset part. */
export function dataAnalysisConfig(d: ClarifyDataConfig): Record<string, Json> {
  return withSet({ dataset_type: d.datasetType ?? "text/csv" }, {
    features: d.features,
    headers: d.headers,
    label: d.label,
    joinsource_name_or_index: d.joinsource,
    predicted_label: d.predictedLabel,
    excluded_columns: d.excludedColumns,
  });
}

/** The analysis configuration's bias part (`label_values_or_threshold`, `facet`, `group_variable`). */
export function biasAnalysisConfig(b: ClarifyBiasConfig): Record<string, Json> {
  const names: readonly Column[] = Array.isArray(b.facetName) ? (b.facetName as readonly Column[]) : [b.facetName as Column];
  const valuesFor = (i: number): Json => (Array.isArray(b.facetName) ? b.facetValuesOrThreshold?.[i] : b.facetValuesOrThreshold);
  const facet = names.map((name, i) => withSet({ name_or_index: name }, { value_or_threshold: valuesFor(i) }));
  return withSet({ label_values_or_threshold: b.labelValuesOrThreshold, facet }, { group_variable: b.groupName });
}

/** Problems with a bias config (mismatched facet lists). */
export function biasConfigProblems(b: ClarifyBiasConfig): string[] {
  if (!Array.isArray(b.facetName) || b.facetValuesOrThreshold === undefined) return [];
  return b.facetValuesOrThreshold.length === b.facetName.length ? [] : ["facetValuesOrThreshold needs one entry per facet in facetName"];
}

/** The predictor part of the analysis configuration, without the model's name (the step carries it). */
export function predictorConfig(m: ClarifyModelConfig): Record<string, Json> {
  return withSet({ instance_type: m.instanceType, initial_instance_count: m.instanceCount }, {
    endpoint_name_prefix: m.endpointNamePrefix,
    accept_type: m.acceptType,
    content_type: m.contentType,
    content_template: m.contentTemplate,
    custom_attributes: m.customAttributes,
    accelerator_type: m.acceleratorType,
  });
}

/** The predicted-label part of a predictor configuration. */
export function predictedLabelConfig(p: ClarifyPredictedLabelConfig): Record<string, Json> {
  return withSet({}, { label: p.label, probability: p.probability, label_headers: p.labelHeaders });
}

/** The `shap` method settings. */
export function shapConfig(s: ClarifyShapConfig): Record<string, Json> {
  return withSet({ use_logit: s.useLogit ?? false, save_local_shap_values: s.saveLocalShapValues ?? true }, {
    baseline: s.baseline,
    num_samples: s.numSamples,
    agg_method: s.aggMethod,
    seed: s.seed,
    num_clusters: s.numClusters,
  });
}

/** Problems with SHAP settings (both a baseline and a cluster count). */
export function shapConfigProblems(s: ClarifyShapConfig): string[] {
  return s.baseline !== undefined && s.numClusters !== undefined ? ["explainability: give baseline or numClusters, not both"] : [];
}
