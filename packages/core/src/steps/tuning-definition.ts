import type { Value } from "@sagepipe/expressions";
import { resolveImage } from "../images/image-ref.ts";
import { jsonHyperparameters, plainHyperparameters } from "./hyperparameters.ts";
import { renderMetricDefinitions, type MetricDefinition } from "./metric-definitions.ts";
import { renderVpcConfig } from "./network-config.ts";
import { renderParameterRanges, type ParameterRange } from "./parameter-ranges.ts";
import type { RenderContext } from "./render-context.ts";
import { renderChannels, type TrainingChannels } from "./training-input.ts";
import { estimatorProblems, trainingOutputPath, type EstimatorProps, type TrainingCode } from "./training.ts";

/** What a tuner's training jobs run, and what it tunes in them (one algorithm). */
export interface TuningDefinition {
  /** What each training job runs: `estimator(...)` or `frameworkEstimator(...)`. */
  readonly estimator: { readonly props: EstimatorProps; readonly code?: TrainingCode };
  /** The metric to optimise, e.g. "validation:rmse". */
  readonly objectiveMetricName: Value<string>;
  /** The hyperparameters to tune: `{ eta: continuous(0.01, 0.5), booster: categorical([...]) }`. */
  readonly hyperparameterRanges: Readonly<Record<string, ParameterRange>>;
  /** How the metrics are read from the logs. @default the estimator's */
  readonly metricDefinitions?: readonly MetricDefinition[];
}

/** Static hyperparameters: the estimator's, minus the tuned ones, encoded as each estimator kind sends them. */
function staticHyperparameters(def: TuningDefinition, ctx: RenderContext): Record<string, unknown> {
  const { props, code } = def.estimator;
  const user = props.hyperparameters ?? {};
  const encoded: Record<string, unknown> = code ? { ...jsonHyperparameters(user), ...code.stage(ctx) } : plainHyperparameters(user);
  for (const name of Object.keys(def.hyperparameterRanges)) delete encoded[name];
  return encoded;
}

/** `ParameterRanges` / `HyperParameterRanges` of one definition (categorical values JSON-encoded for framework estimators). */
export function renderDefinitionRanges(def: TuningDefinition): object {
  return renderParameterRanges(def.hyperparameterRanges, def.estimator.code !== undefined);
}

/** Problems with one definition's settings (empty when fine). */
export function definitionProblems(def: TuningDefinition): string[] {
  const problems = estimatorProblems(def.estimator.props);
  if (!Object.keys(def.hyperparameterRanges).length) problems.push("hyperparameterRanges is empty: give at least one range to tune");
  for (const [name, r] of Object.entries(def.hyperparameterRanges)) {
    if (r.kind === "Categorical" && !r.values.length) problems.push(`the categorical range '${name}' has no values`);
  }
  return problems;
}

/** One `TrainingJobDefinition` (the SDK's `_map_training_config`), in the SDK's key order; `tail` goes after the job's own keys. */
export function renderTrainingJobDefinition(def: TuningDefinition, inputs: TrainingChannels, ctx: RenderContext, tail: object = {}): object {
  const props = def.estimator.props;
  const network = props.network;
  return {
    StaticHyperParameters: staticHyperparameters(def, ctx),
    RoleArn: props.role,
    OutputDataConfig: { S3OutputPath: trainingOutputPath(props, ctx), KmsKeyId: props.outputKmsKey },
    StoppingCondition: { MaxRuntimeInSeconds: props.maxRunSeconds ?? 86400 },
    HyperParameterTuningResourceConfig: { InstanceCount: props.instanceCount, InstanceType: props.instanceType, VolumeSizeInGB: props.volumeSizeInGB ?? 30, VolumeKmsKeyId: props.volumeKmsKey },
    AlgorithmSpecification: {
      TrainingInputMode: props.inputMode ?? "File",
      MetricDefinitions: renderMetricDefinitions(def.metricDefinitions ?? props.metricDefinitions),
      TrainingImage: resolveImage(props.image, ctx),
    },
    InputDataConfig: renderChannels(inputs),
    VpcConfig: network ? renderVpcConfig(network) : undefined,
    EnableNetworkIsolation: network?.enableNetworkIsolation || undefined,
    EnableInterContainerTrafficEncryption: network?.encryptInterContainerTraffic || undefined,
    CheckpointConfig: props.checkpointS3Uri !== undefined ? { S3Uri: props.checkpointS3Uri, LocalPath: props.checkpointLocalPath } : undefined,
    ...tail,
    Environment: props.env ? { ...props.env } : undefined,
  };
}
