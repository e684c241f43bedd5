import type { DescribeTransformJobResponse } from "@aws-sdk/client-sagemaker";
import { propertyProxy, type Properties, type Value } from "@sagepipe/expressions";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";

/** A transformer: model, resources, output (SDK `Transformer`). */
export interface TransformerProps {
  readonly modelName: Value<string>;
  readonly instanceType: Value<string>;
  readonly instanceCount: Value<number>;
  readonly outputPath: Value<string>;
  readonly accept?: Value<string>;
  readonly assembleWith?: "None" | "Line";
  readonly outputKmsKey?: Value<string>;
  readonly strategy?: "MultiRecord" | "SingleRecord";
  readonly maxPayloadInMB?: Value<number>;
  readonly maxConcurrentTransforms?: Value<number>;
  readonly env?: Readonly<Record<string, Value<string>>>;
}

/** What `transformer.transform()` takes. */
export interface TransformArgs {
  readonly data: Value<string>;
  /** @default "S3Prefix" */
  readonly dataType?: "S3Prefix" | "ManifestFile" | "AugmentedManifestFile";
  readonly contentType?: Value<string>;
  readonly compressionType?: "None" | "Gzip";
  readonly splitType?: "None" | "Line" | "RecordIO" | "TFRecord";
}

/** A transform step with Describe* properties. */
export interface TransformStepArgs extends StepArgs<"Transform"> {
  readonly properties: Properties<DescribeTransformJobResponse>;
}

/** Transform step arguments. */
export function transformStep(props: TransformerProps, args: TransformArgs): TransformStepArgs {
  const slot = new StepSlot();
  return {
    properties: propertyProxy<Properties<DescribeTransformJobResponse>>(slot.root()),
    [STEP_ARGS]: {
      kind: "Transform",
      slot,
      inputs: () => [props, args],
      render: (ctx) => [
        {
          Name: ctx.stepName,
          Type: "Transform",
          Arguments: {
            ModelName: props.modelName,
            MaxConcurrentTransforms: props.maxConcurrentTransforms,
            MaxPayloadInMB: props.maxPayloadInMB,
            BatchStrategy: props.strategy,
            Environment: props.env ? { ...props.env } : undefined,
            TransformInput: {
              DataSource: { S3DataSource: { S3DataType: args.dataType ?? "S3Prefix", S3Uri: args.data } },
              ContentType: args.contentType,
              CompressionType: args.compressionType,
              SplitType: args.splitType,
            },
            TransformOutput: { S3OutputPath: props.outputPath, Accept: props.accept, AssembleWith: props.assembleWith, KmsKeyId: props.outputKmsKey },
            TransformResources: { InstanceCount: props.instanceCount, InstanceType: props.instanceType },
          },
        },
      ],
    },
  };
}

/** SDK `Transformer`: `.transform({ data })` gives transform step arguments. */
export function transformer(props: TransformerProps): { transform(args: TransformArgs): TransformStepArgs } {
  return { transform: (args) => transformStep(props, args) };
}
