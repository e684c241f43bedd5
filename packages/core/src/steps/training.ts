import type { DescribeTrainingJobResponse } from "../aws-types/sagemaker.ts";
import { propertyProxy, type PipelineVariable, type Properties, type Value } from "@sagepipe/expressions";
import { resolveImage, type Image } from "../images/image-ref.ts";
import { jsonHyperparameters, plainHyperparameters, type Hyperparameters } from "./hyperparameters.ts";
import { keptJobName } from "./job-name.ts";
import { renderTags, type JobEnvironment, type JobTags } from "./job-tags.ts";
import { renderMetricDefinitions, type MetricDefinition } from "./metric-definitions.ts";
import { networkConfigProblems, renderVpcConfig, type NetworkConfig } from "./network-config.ts";
import { requireBucket, StepError, type RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";
import { renderChannels, type TrainingChannels } from "./training-input.ts";

export type { TrainingInputSpec } from "./training-input.ts";

/** An estimator: image, resources, role, hyperparameters (SDK `Estimator`). */
export interface EstimatorProps {
  readonly role: string;
  readonly image: Image;
  readonly instanceType: Value<string>;
  readonly instanceCount: Value<number>;
  /** @default s3://<bucket>/ */
  readonly outputPath?: Value<string>;
  /** @default 30 */
  readonly volumeSizeInGB?: Value<number>;
  /** @default 86400 */
  readonly maxRunSeconds?: Value<number>;
  /** @default "File" */
  readonly inputMode?: "File" | "Pipe" | "FastFile";
  /** Rendered as strings, as the SDK does (framework estimators: JSON-encoded); pipeline variables of any type stay references. */
  readonly hyperparameters?: Hyperparameters;
  readonly env?: JobEnvironment;
  /** @default false: the SDK's debugger hook and profiler settings are emitted */
  readonly disableDebugger?: boolean;
  /** Turn the profiler off and keep the debugger hook (SDK `disable_profiler=True`): `ProfilerConfig: { DisableProfiler: true }`. @default false */
  readonly disableProfiler?: boolean;
  /** Metrics the service reads from the job's logs (then `FinalMetricDataList['<name>']`). @default none */
  readonly metricDefinitions?: readonly MetricDefinition[];
  /** Where checkpoints are synced (`CheckpointConfig`). @default none */
  readonly checkpointS3Uri?: Value<string>;
  /** Where the container writes checkpoints. @default the service's (/opt/ml/checkpoints) */
  readonly checkpointLocalPath?: Value<string>;
  /** @default none */
  readonly tags?: JobTags;
  /** Network isolation, traffic encryption, VPC. @default none */
  readonly network?: NetworkConfig;
  /** KMS key for the model artifacts. @default none */
  readonly outputKmsKey?: Value<string>;
  /** KMS key for the training volume. @default none */
  readonly volumeKmsKey?: Value<string>;
  /** The job name's prefix (and the plain-Session code folder's); kept in the definition only with `definitionConfig: { useCustomJobPrefix: true }`. @default the image's name */
  readonly baseJobName?: string;
}

/** Framework-mode code (SDK `Framework` estimators): uploaded per render, found by `sagemaker_*` hyperparameters. */
export interface TrainingCode {
  /** Uploads the code and returns the hyperparameters that point the container at it. */
  readonly stage: (ctx: RenderContext) => Readonly<Record<string, Value<string>>>;
}

/** A training step: Describe* properties, plus `modelArtifacts` (the model's S3 URI). */
export interface TrainingStepArgs extends StepArgs<"Training"> {
  readonly properties: Properties<DescribeTrainingJobResponse>;
  /** `Steps.<name>.ModelArtifacts.S3ModelArtifacts` */
  readonly modelArtifacts: PipelineVariable<string>;
}

/** The output path, defaulting to the bucket's root as the SDK does. */
export function trainingOutputPath(props: EstimatorProps, ctx: RenderContext): Value<string> {
  return props.outputPath ?? `s3://${requireBucket(ctx, "the default training output path", "outputPath")}/`;
}

/** The hyperparameters as the job gets them: encoded, plus the framework's own. */
export function encodedHyperparameters(props: EstimatorProps, code: TrainingCode | undefined, ctx: RenderContext): object | undefined {
  const user = props.hyperparameters ?? {};
  if (!code) return props.hyperparameters ? plainHyperparameters(user) : undefined;
  return { ...jsonHyperparameters(user), ...code.stage(ctx) };
}

/** Problems with the estimator's settings (empty when fine). */
export function estimatorProblems(props: EstimatorProps): string[] {
  return props.network ? networkConfigProblems(props.network) : [];
}

/** The `Arguments` of a training step, in the SDK's key order. */
export function renderTrainingArguments(props: EstimatorProps, inputs: TrainingChannels, ctx: RenderContext, code?: TrainingCode): object {
  const problems = estimatorProblems(props);
  if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}.`);
  const outputPath = trainingOutputPath(props, ctx);
  const network = props.network;
  const image = resolveImage(props.image, ctx);
  return {
    AlgorithmSpecification: {
      TrainingInputMode: props.inputMode ?? "File",
      TrainingImage: image,
      MetricDefinitions: renderMetricDefinitions(props.metricDefinitions),
    },
    OutputDataConfig: { S3OutputPath: outputPath, KmsKeyId: props.outputKmsKey },
    TrainingJobName: keptJobName(ctx, props.baseJobName, image, "training-job"),
    StoppingCondition: { MaxRuntimeInSeconds: props.maxRunSeconds ?? 86400 },
    ResourceConfig: { VolumeSizeInGB: props.volumeSizeInGB ?? 30, InstanceCount: props.instanceCount, InstanceType: props.instanceType, VolumeKmsKeyId: props.volumeKmsKey },
    RoleArn: props.role,
    InputDataConfig: renderChannels(inputs),
    HyperParameters: encodedHyperparameters(props, code, ctx),
    Environment: props.env ? { ...props.env } : undefined,
    Tags: props.tags ? renderTags(props.tags) : undefined,
    VpcConfig: network ? renderVpcConfig(network) : undefined,
    EnableNetworkIsolation: network?.enableNetworkIsolation || undefined,
    EnableInterContainerTrafficEncryption: network?.encryptInterContainerTraffic || undefined,
    CheckpointConfig: props.checkpointS3Uri !== undefined ? { S3Uri: props.checkpointS3Uri, LocalPath: props.checkpointLocalPath } : undefined,
    DebugHookConfig: props.disableDebugger ? undefined : { S3OutputPath: outputPath, CollectionConfigurations: [] },
    ProfilerConfig: props.disableDebugger ? undefined : props.disableProfiler ? { DisableProfiler: true } : { S3OutputPath: outputPath, DisableProfiler: false },
  };
}

/** Builds training step arguments from an estimator and its channels. */
export function trainingStep(props: EstimatorProps, inputs: TrainingChannels, code?: TrainingCode): TrainingStepArgs {
  const slot = new StepSlot();
  const properties = propertyProxy<Properties<DescribeTrainingJobResponse>>(slot.root());
  return {
    properties,
    modelArtifacts: properties.ModelArtifacts.S3ModelArtifacts,
    [STEP_ARGS]: {
      kind: "Training",
      slot,
      inputs: () => [props, inputs],
      render: (ctx) => [{ Name: ctx.stepName, Type: "Training", Arguments: renderTrainingArguments(props, inputs, ctx, code) }],
    },
  };
}
