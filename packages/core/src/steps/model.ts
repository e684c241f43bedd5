import type { DescribeModelOutput, DescribeModelPackageOutput } from "@aws-sdk/client-sagemaker";
import { propertyProxy, type PipelineVariable, type Properties, type Value } from "@sagepipe/expressions";
import { resolveImage, type Image } from "../images/image-ref.ts";
import { keptJobName } from "./job-name.ts";
import { renderModelMetrics, type ModelMetrics } from "./model-metrics.ts";
import type { RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs, type StepKind } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";
import type { JobEnvironment } from "./job-tags.ts";

/** A model: image, artifacts, role (SDK `Model`). */
export interface ModelProps {
  readonly image: Image;
  readonly modelData?: Value<string>;
  readonly role: string;
  /** Any pipeline variable is accepted (it becomes text at run time). */
  readonly env?: JobEnvironment;
  /** The model's name, kept in the definition only with `definitionConfig: { useCustomJobPrefix: true }`. @default the image's name */
  readonly name?: string;
}

/** What `model.create()` takes (accepted for parity; the definition does not hold them). */
export interface CreateOptions {
  readonly instanceType?: string;
  readonly acceleratorType?: string;
}

/** What registering a model takes (SDK `model.register(...)` / `RegisterModel`). */
export interface RegisterOptions {
  readonly modelPackageGroupName: Value<string>;
  readonly contentTypes: readonly Value<string>[];
  readonly responseTypes: readonly Value<string>[];
  readonly inferenceInstances?: readonly Value<string>[];
  readonly transformInstances?: readonly Value<string>[];
  /** @default "PendingManualApproval" (as the SDK sends it) */
  readonly approvalStatus?: Value<string>;
  readonly modelMetrics?: ModelMetrics;
  readonly description?: Value<string>;
}

/** A step that creates a SageMaker model; `modelName` is its name at run time. */
export interface ModelCreateArgs<K extends "ModelCreate" | "CreateModel" = "ModelCreate"> extends StepArgs<K> {
  readonly properties: Properties<DescribeModelOutput>;
  /** `Steps.<name>.ModelName` */
  readonly modelName: PipelineVariable<string>;
}

/** A step that registers a model package. */
export interface ModelRegisterArgs<K extends "ModelRegister" | "RegisterModel" = "ModelRegister"> extends StepArgs<K> {
  readonly properties: Properties<DescribeModelPackageOutput>;
}

function container(props: ModelProps, ctx: RenderContext, withEnvironment: boolean): object {
  return {
    Image: resolveImage(props.image, ctx),
    Environment: withEnvironment ? { ...(props.env ?? {}) } : props.env ? { ...props.env } : undefined,
    ModelDataUrl: props.modelData,
  };
}

/** `ModelName`: the given name or the image's, only when the pipeline keeps job names. */
function modelName(props: ModelProps, ctx: RenderContext): string | undefined {
  if (!ctx.useCustomJobPrefix) return undefined;
  return props.name ?? keptJobName(ctx, undefined, resolveImage(props.image, ctx), "Model");
}

/** Model-create step arguments; `legacy` is the tutorial's CreateModelStep (no `-CreateModel` suffix). */
export function createModelStep<K extends "ModelCreate" | "CreateModel">(kind: K, props: ModelProps): ModelCreateArgs<K> {
  const slot = new StepSlot(kind === "ModelCreate" ? "-CreateModel" : "");
  const properties = propertyProxy<Properties<DescribeModelOutput>>(slot.root());
  return {
    properties,
    modelName: properties.ModelName,
    [STEP_ARGS]: {
      kind,
      slot,
      inputs: () => props,
      render: (ctx) => [
        {
          Name: ctx.stepName + slot.referenceSuffix,
          Type: "Model",
          Arguments: { ModelName: modelName(props, ctx), ExecutionRoleArn: props.role, PrimaryContainer: container(props, ctx, true) },
        },
      ],
    },
  };
}

/** Register step arguments; the model-step form keeps `Environment: {}` in the container, the RegisterModel form does not. */
export function registerModelStep<K extends "ModelRegister" | "RegisterModel">(kind: K, props: ModelProps, opts: RegisterOptions): ModelRegisterArgs<K> {
  const slot = new StepSlot("-RegisterModel");
  const properties = propertyProxy<Properties<DescribeModelPackageOutput>>(slot.root());
  return {
    properties,
    [STEP_ARGS]: {
      kind,
      slot,
      inputs: () => [props, opts],
      render: (ctx) => [
        {
          Name: ctx.stepName + slot.referenceSuffix,
          Type: "RegisterModel",
          Arguments: {
            ModelPackageGroupName: opts.modelPackageGroupName,
            ModelMetrics: opts.modelMetrics ? renderModelMetrics(opts.modelMetrics) : undefined,
            InferenceSpecification: {
              Containers: [container(props, ctx, kind === "ModelRegister")],
              SupportedContentTypes: [...opts.contentTypes],
              SupportedResponseMIMETypes: [...opts.responseTypes],
              SupportedRealtimeInferenceInstanceTypes: opts.inferenceInstances ? [...opts.inferenceInstances] : undefined,
              SupportedTransformInstanceTypes: opts.transformInstances ? [...opts.transformInstances] : undefined,
            },
            ModelPackageDescription: opts.description,
            ModelApprovalStatus: opts.approvalStatus ?? "PendingManualApproval",
            SkipModelValidation: "None",
          },
        },
      ],
    },
  };
}

export type { StepKind };
