import type { DescribeHyperParameterTuningJobResponse, ListTrainingJobsForHyperParameterTuningJobResponse } from "@aws-sdk/client-sagemaker";
import { JoinNode, propertyProxy, type PipelineVariable, type Properties, type Value } from "@sagepipe/expressions";
import { resolveImage } from "../images/image-ref.ts";
import { jsonHyperparameters, plainHyperparameters } from "./hyperparameters.ts";
import { baseNameFromImage } from "./job-name.ts";
import { renderMetricDefinitions, type MetricDefinition } from "./metric-definitions.ts";
import { renderVpcConfig } from "./network-config.ts";
import { renderParameterRanges, type ParameterRange } from "./parameter-ranges.ts";
import { StepError, type RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";
import { renderChannels, type TrainingChannels } from "./training-input.ts";
import { estimatorProblems, trainingOutputPath, type EstimatorProps, type TrainingCode } from "./training.ts";

/** A hyperparameter tuner over one estimator (SDK `HyperparameterTuner`). */
export interface TunerProps {
  /** What each training job runs: `estimator(...)` or `frameworkEstimator(...)`. */
  readonly estimator: { readonly props: EstimatorProps; readonly code?: TrainingCode };
  /** The metric to optimise, e.g. "validation:rmse". */
  readonly objectiveMetricName: Value<string>;
  /** The hyperparameters to tune: `{ eta: continuous(0.01, 0.5), booster: categorical([...]) }`. */
  readonly hyperparameterRanges: Readonly<Record<string, ParameterRange>>;
  /** @default "Maximize" */
  readonly objectiveType?: "Maximize" | "Minimize";
  /** How the metrics are read from the logs. @default the estimator's */
  readonly metricDefinitions?: readonly MetricDefinition[];
  /** @default "Bayesian" */
  readonly strategy?: "Bayesian" | "Random" | "Hyperband" | "Grid";
  /** Training jobs in all. @default 1 */
  readonly maxJobs?: Value<number>;
  /** Training jobs at once. @default 1 */
  readonly maxParallelJobs?: Value<number>;
  /** Limit on the whole tuning job. @default none */
  readonly maxRuntimeInSeconds?: Value<number>;
  /** @default "Off" */
  readonly earlyStoppingType?: "Off" | "Auto";
  /** @default none */
  readonly randomSeed?: number;
  /** Used only for job names when the pipeline keeps them. */
  readonly baseTuningJobName?: string;
}

/** The properties of a tuning step: its Describe* response and its training jobs' summaries. */
export type TuningProperties = Properties<DescribeHyperParameterTuningJobResponse & ListTrainingJobsForHyperParameterTuningJobResponse>;

/** Where `topModelS3Uri` looks. */
export interface TopModelLocation {
  /** The bucket of the estimator's output path. */
  readonly bucket: string;
  /** The key prefix of the estimator's output path. @default none */
  readonly prefix?: string;
}

/** A tuning step: Describe* properties and the model URIs of its best training jobs. */
export interface TuningStepArgs extends StepArgs<"Tuning"> {
  readonly properties: TuningProperties;
  /**
   * The model artifacts of the `topK`-th best training job (0 is the best, up to 49), SDK
   * `get_top_model_s3_uri`: `s3://<bucket>/<prefix>/<job name>/output/model.tar.gz`.
   */
  topModelS3Uri(topK: number, location: TopModelLocation): PipelineVariable<string>;
}

/** Static hyperparameters: the estimator's, minus the tuned ones, encoded as each estimator kind sends them. */
function staticHyperparameters(tuner: TunerProps, ctx: RenderContext): Record<string, unknown> {
  const { props, code } = tuner.estimator;
  const user = props.hyperparameters ?? {};
  const encoded: Record<string, unknown> = code ? { ...jsonHyperparameters(user), ...code.stage(ctx) } : plainHyperparameters(user);
  for (const name of Object.keys(tuner.hyperparameterRanges)) delete encoded[name];
  return encoded;
}

/** Room the SDK leaves in a 32-character tuning job name for its "-<yymmdd-HHMM>" suffix. */
const TUNING_BASE_LENGTH = 32 - "-231114-2213".length;

/** `HyperParameterTuningJobName`, kept only under `useCustomJobPrefix`: the base name the SDK would have stamped. */
function keptTuningJobName(tuner: TunerProps, ctx: RenderContext): string | undefined {
  if (!ctx.useCustomJobPrefix) return undefined;
  const base = tuner.baseTuningJobName ?? baseNameFromImage(resolveImage(tuner.estimator.props.image, ctx), "training-job");
  return base.slice(0, TUNING_BASE_LENGTH);
}

/** Problems with the tuner's settings (empty when fine). */
export function tunerProblems(tuner: TunerProps): string[] {
  const problems = estimatorProblems(tuner.estimator.props);
  if (!Object.keys(tuner.hyperparameterRanges).length) problems.push("hyperparameterRanges is empty: give at least one range to tune");
  for (const [name, r] of Object.entries(tuner.hyperparameterRanges)) {
    if (r.kind === "Categorical" && !r.values.length) problems.push(`the categorical range '${name}' has no values`);
  }
  return problems;
}

/** The `Arguments` of a tuning step, in the SDK's key order. */
export function renderTuningArguments(tuner: TunerProps, inputs: TrainingChannels, ctx: RenderContext): object {
  const problems = tunerProblems(tuner);
  if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}.`);
  const props = tuner.estimator.props;
  const network = props.network;
  return {
    HyperParameterTuningJobName: keptTuningJobName(tuner, ctx),
    HyperParameterTuningJobConfig: {
      Strategy: tuner.strategy ?? "Bayesian",
      ResourceLimits: { MaxNumberOfTrainingJobs: tuner.maxJobs ?? 1, MaxParallelTrainingJobs: tuner.maxParallelJobs ?? 1, MaxRuntimeInSeconds: tuner.maxRuntimeInSeconds },
      TrainingJobEarlyStoppingType: tuner.earlyStoppingType ?? "Off",
      RandomSeed: tuner.randomSeed,
      HyperParameterTuningJobObjective: { Type: tuner.objectiveType ?? "Maximize", MetricName: tuner.objectiveMetricName },
      ParameterRanges: renderParameterRanges(tuner.hyperparameterRanges, tuner.estimator.code !== undefined),
    },
    TrainingJobDefinition: {
      StaticHyperParameters: staticHyperparameters(tuner, ctx),
      RoleArn: props.role,
      OutputDataConfig: { S3OutputPath: trainingOutputPath(props, ctx), KmsKeyId: props.outputKmsKey },
      StoppingCondition: { MaxRuntimeInSeconds: props.maxRunSeconds ?? 86400 },
      HyperParameterTuningResourceConfig: { InstanceCount: props.instanceCount, InstanceType: props.instanceType, VolumeSizeInGB: props.volumeSizeInGB ?? 30, VolumeKmsKeyId: props.volumeKmsKey },
      AlgorithmSpecification: {
        TrainingInputMode: props.inputMode ?? "File",
        MetricDefinitions: renderMetricDefinitions(tuner.metricDefinitions ?? props.metricDefinitions),
        TrainingImage: resolveImage(props.image, ctx),
      },
      InputDataConfig: renderChannels(inputs),
      VpcConfig: network ? renderVpcConfig(network) : undefined,
      EnableNetworkIsolation: network?.enableNetworkIsolation || undefined,
      EnableInterContainerTrafficEncryption: network?.encryptInterContainerTraffic || undefined,
      CheckpointConfig: props.checkpointS3Uri !== undefined ? { S3Uri: props.checkpointS3Uri, LocalPath: props.checkpointLocalPath } : undefined,
      Environment: props.env ? { ...props.env } : undefined,
    },
  };
}

/** Builds tuning step arguments from a tuner and the channels every training job gets. */
export function tuningStep(tuner: TunerProps, inputs: TrainingChannels): TuningStepArgs {
  const slot = new StepSlot();
  const properties = propertyProxy<TuningProperties>(slot.root());
  return {
    properties,
    topModelS3Uri(topK, location) {
      if (!Number.isInteger(topK) || topK < 0 || topK > 49) {
        throw new StepError(`topModelS3Uri(${topK}): a tuning step keeps its 50 best training jobs; give an index from 0 (the best) to 49.`);
      }
      const prefix = location.prefix ? [location.prefix] : [];
      return JoinNode.create("/", ["s3:/", location.bucket, ...prefix, properties.TrainingJobSummaries[topK]!.TrainingJobName, "output/model.tar.gz"]);
    },
    [STEP_ARGS]: {
      kind: "Tuning",
      slot,
      inputs: () => [tuner, inputs],
      render: (ctx) => [{ Name: ctx.stepName, Type: "Tuning", Arguments: renderTuningArguments(tuner, inputs, ctx) }],
    },
  };
}
