import type { DescribeTransformJobResponse } from "../aws-types/sagemaker.ts";
import { propertyProxy, type PipelineVariable, type Properties, type Value } from "@sagepipe/expressions";
import { StepError, type RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";

/** A transformer: model, resources, output (SDK `Transformer`). */
export interface TransformerProps {
  /** The SageMaker model to run, usually `this.createModel().modelName`. */
  readonly modelName: Value<string>;
  readonly instanceType: Value<string>;
  readonly instanceCount: Value<number>;
  /** Where the results go (TransformOutput.S3OutputPath). */
  readonly outputPath: Value<string>;
  /** MIME type of the results. @default the container's */
  readonly accept?: Value<string>;
  /** How result records are joined in an output file. @default "None" (by the service) */
  readonly assembleWith?: "None" | "Line";
  /** KMS key for the results. @default none */
  readonly outputKmsKey?: Value<string>;
  /** KMS key for the instances' storage volume. @default none */
  readonly volumeKmsKey?: Value<string>;
  /** How records are batched per request (BatchStrategy). @default the service's */
  readonly strategy?: "MultiRecord" | "SingleRecord";
  /** @default 6 (by the service) */
  readonly maxPayloadInMB?: Value<number>;
  /** Parallel requests per instance. @default the container's */
  readonly maxConcurrentTransforms?: Value<number>;
  readonly env?: Readonly<Record<string, Value<string>>>;
  /** The job name's prefix, kept in the definition only with `definitionConfig: { useCustomJobPrefix: true }`. @default none */
  readonly baseJobName?: string;
}

/** Per-request timeout and retries of the model container (ModelClientConfig). */
export interface ModelClientConfig {
  readonly invocationsTimeoutInSeconds?: Value<number>;
  readonly invocationsMaxRetries?: Value<number>;
}

/** Captures the job's inputs and outputs to S3 (SDK `BatchDataCaptureConfig`). */
export interface BatchDataCaptureConfig {
  readonly destinationS3Uri: Value<string>;
  /** @default none */
  readonly kmsKeyId?: Value<string>;
  /** Add an inference id to each record. @default the service's */
  readonly generateInferenceId?: Value<boolean>;
}

/** What `transformer.transform()` takes. */
export interface TransformArgs {
  /** The input's S3 URI (a prefix or a manifest, after `dataType`). */
  readonly data: Value<string>;
  /** @default "S3Prefix" */
  readonly dataType?: "S3Prefix" | "ManifestFile" | "AugmentedManifestFile";
  /** MIME type of the input. @default none */
  readonly contentType?: Value<string>;
  /** @default none ("None" by the service) */
  readonly compressionType?: "None" | "Gzip";
  /** How the input is split into records. @default none ("None" by the service) */
  readonly splitType?: "None" | "Line" | "RecordIO" | "TFRecord";
  /** JSONPath selecting the part of each input record sent to the model, e.g. "$[1:]". @default none */
  readonly inputFilter?: Value<string>;
  /** JSONPath selecting the part of each joined record written out, e.g. "$[0,-1]". @default none */
  readonly outputFilter?: Value<string>;
  /** "Input" joins each result to its input record. @default none */
  readonly joinSource?: "Input" | "None";
  readonly modelClientConfig?: ModelClientConfig;
  readonly dataCaptureConfig?: BatchDataCaptureConfig;
}

/** A transform step: Describe* properties, plus `outputPath` (where the results are). */
export interface TransformStepArgs extends StepArgs<"Transform"> {
  readonly properties: Properties<DescribeTransformJobResponse>;
  /** `Steps.<name>.TransformOutput.S3OutputPath` */
  readonly outputPath: PipelineVariable<string>;
}

/** An object of the given keys, or undefined when every value is undefined. */
function present<T extends Record<string, unknown>>(fields: T): T | undefined {
  return Object.values(fields).some((v) => v !== undefined) ? fields : undefined;
}

function renderJobName(props: TransformerProps, ctx: RenderContext): string | undefined {
  if (!ctx.useCustomJobPrefix) return undefined;
  if (props.baseJobName === undefined) {
    throw new StepError(
      `Step ${ctx.stepName}: the pipeline keeps job names (definitionConfig.useCustomJobPrefix), but this transformer has no baseJobName. ` +
        `Give it one: transformer({ baseJobName: "my-prefix-transform", ... }).`,
    );
  }
  return props.baseJobName;
}

/** The `Arguments` of a transform step, in the SDK's key order (CreateTransformJob's request). */
export function renderTransformArguments(props: TransformerProps, args: TransformArgs, ctx: RenderContext): object {
  return {
    TransformJobName: renderJobName(props, ctx),
    ModelName: props.modelName,
    TransformInput: {
      DataSource: { S3DataSource: { S3DataType: args.dataType ?? "S3Prefix", S3Uri: args.data } },
      ContentType: args.contentType,
      CompressionType: args.compressionType,
      SplitType: args.splitType,
    },
    TransformOutput: { S3OutputPath: props.outputPath, KmsKeyId: props.outputKmsKey, AssembleWith: props.assembleWith, Accept: props.accept },
    TransformResources: { InstanceCount: props.instanceCount, InstanceType: props.instanceType, VolumeKmsKeyId: props.volumeKmsKey },
    BatchStrategy: props.strategy,
    MaxConcurrentTransforms: props.maxConcurrentTransforms,
    MaxPayloadInMB: props.maxPayloadInMB,
    Environment: props.env ? { ...props.env } : undefined,
    DataProcessing: present({ InputFilter: args.inputFilter, OutputFilter: args.outputFilter, JoinSource: args.joinSource }),
    ModelClientConfig: args.modelClientConfig
      ? present({ InvocationsTimeoutInSeconds: args.modelClientConfig.invocationsTimeoutInSeconds, InvocationsMaxRetries: args.modelClientConfig.invocationsMaxRetries })
      : undefined,
    DataCaptureConfig: args.dataCaptureConfig
      ? { DestinationS3Uri: args.dataCaptureConfig.destinationS3Uri, KmsKeyId: args.dataCaptureConfig.kmsKeyId, GenerateInferenceId: args.dataCaptureConfig.generateInferenceId }
      : undefined,
  };
}

/** Transform step arguments. */
export function transformStep(props: TransformerProps, args: TransformArgs): TransformStepArgs {
  const slot = new StepSlot();
  const properties = propertyProxy<Properties<DescribeTransformJobResponse>>(slot.root());
  return {
    properties,
    outputPath: properties.TransformOutput.S3OutputPath,
    [STEP_ARGS]: {
      kind: "Transform",
      slot,
      inputs: () => [props, args],
      render: (ctx) => [{ Name: ctx.stepName, Type: "Transform", Arguments: renderTransformArguments(props, args, ctx) }],
    },
  };
}

/** SDK `Transformer`: `.transform({ data })` gives transform step arguments. */
export function transformer(props: TransformerProps): { transform(args: TransformArgs): TransformStepArgs } {
  return { transform: (args) => transformStep(props, args) };
}
