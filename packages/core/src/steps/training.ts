import type { DescribeTrainingJobResponse } from "@aws-sdk/client-sagemaker";
import { isExpression, propertyProxy, type PipelineVariable, type Properties, type Value } from "@sagepipe/expressions";
import { resolveImage, type Image } from "../images/image-ref.ts";
import { requireBucket, type RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";

/** A training channel (SDK `TrainingInput`); a plain value is its S3 URI. */
export interface TrainingInputSpec {
  readonly s3Data: Value<string>;
  readonly contentType?: Value<string>;
  /** @default "S3Prefix" */
  readonly s3DataType?: "S3Prefix" | "ManifestFile" | "AugmentedManifestFile";
  /** @default "FullyReplicated" */
  readonly distribution?: "FullyReplicated" | "ShardedByS3Key";
  readonly compression?: "None" | "Gzip";
  readonly inputMode?: "File" | "Pipe" | "FastFile";
  readonly recordWrapping?: "None" | "RecordIO";
}

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
  /** Rendered as strings, as the SDK does. */
  readonly hyperparameters?: Readonly<Record<string, Value<string> | Value<number> | Value<boolean>>>;
  readonly env?: Readonly<Record<string, Value<string>>>;
  /** @default false: the SDK's debugger hook and profiler settings are emitted */
  readonly disableDebugger?: boolean;
}

/** A training step: Describe* properties, plus `modelArtifacts` (the model's S3 URI). */
export interface TrainingStepArgs extends StepArgs<"Training"> {
  readonly properties: Properties<DescribeTrainingJobResponse>;
  /** `Steps.<name>.ModelArtifacts.S3ModelArtifacts` */
  readonly modelArtifacts: PipelineVariable<string>;
}

function renderChannel(name: string, input: Value<string> | TrainingInputSpec): object {
  const spec: TrainingInputSpec = typeof input === "string" || isExpression(input) ? { s3Data: input as Value<string> } : (input as TrainingInputSpec);
  return {
    DataSource: {
      S3DataSource: {
        S3DataType: spec.s3DataType ?? "S3Prefix",
        S3Uri: spec.s3Data,
        S3DataDistributionType: spec.distribution ?? "FullyReplicated",
      },
    },
    ContentType: spec.contentType,
    CompressionType: spec.compression,
    RecordWrapperType: spec.recordWrapping,
    InputMode: spec.inputMode,
    ChannelName: name,
  };
}

/** The SDK sends hyperparameters as strings (str() of each value); pipeline variables stay references. */
function hyperparameterValue(v: Value<string> | Value<number> | Value<boolean>): unknown {
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "number") return String(v);
  return v;
}

/** The `Arguments` of a training step, in the SDK's key order. */
export function renderTrainingArguments(
  props: EstimatorProps,
  inputs: Readonly<Record<string, Value<string> | TrainingInputSpec>>,
  ctx: RenderContext,
): object {
  const outputPath = props.outputPath ?? `s3://${requireBucket(ctx, "the default training output path")}/`;
  const channels = Object.entries(inputs).map(([n, i]) => renderChannel(n, i));
  const hps = props.hyperparameters
    ? Object.fromEntries(Object.entries(props.hyperparameters).map(([k, v]) => [k, hyperparameterValue(v)]))
    : undefined;
  return {
    AlgorithmSpecification: { TrainingInputMode: props.inputMode ?? "File", TrainingImage: resolveImage(props.image, ctx) },
    OutputDataConfig: { S3OutputPath: outputPath },
    StoppingCondition: { MaxRuntimeInSeconds: props.maxRunSeconds ?? 86400 },
    ResourceConfig: { VolumeSizeInGB: props.volumeSizeInGB ?? 30, InstanceCount: props.instanceCount, InstanceType: props.instanceType },
    RoleArn: props.role,
    InputDataConfig: channels.length ? channels : undefined,
    HyperParameters: hps,
    Environment: props.env ? { ...props.env } : undefined,
    DebugHookConfig: props.disableDebugger ? undefined : { S3OutputPath: outputPath, CollectionConfigurations: [] },
    ProfilerConfig: props.disableDebugger ? undefined : { S3OutputPath: outputPath, DisableProfiler: false },
  };
}

/** Builds training step arguments from an estimator and its channels. */
export function trainingStep(props: EstimatorProps, inputs: Readonly<Record<string, Value<string> | TrainingInputSpec>>): TrainingStepArgs {
  const slot = new StepSlot();
  const properties = propertyProxy<Properties<DescribeTrainingJobResponse>>(slot.root());
  return {
    properties,
    modelArtifacts: properties.ModelArtifacts.S3ModelArtifacts,
    [STEP_ARGS]: {
      kind: "Training",
      slot,
      inputs: () => [props, inputs],
      render: (ctx) => [{ Name: ctx.stepName, Type: "Training", Arguments: renderTrainingArguments(props, inputs, ctx) }],
    },
  };
}
