import type { DescribeModelOutput, DescribeModelPackageOutput } from "../aws-types/sagemaker.ts";
import { propertyProxy, type PipelineVariable, type Properties, type Value } from "@sagepipe/expressions";
import type { Image } from "../images/image-ref.ts";
import type { RegisterOptions } from "./model-package.ts";
import { memberSuffixes, renderCreateModel, renderRegisterModel } from "./model-parts.ts";
import { STEP_ARGS, type StepArgs, type StepKind } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";
import type { JobEnvironment } from "./job-tags.ts";

export type { RegisterOptions } from "./model-package.ts";

/** A model: image, artifacts, role, and optionally its inference code (SDK `Model`). */
export interface ModelProps {
  readonly image: Image;
  readonly modelData?: Value<string>;
  readonly role: string;
  /** Any pipeline variable is accepted (it becomes text at run time). */
  readonly env?: JobEnvironment;
  /** The model's name, kept in the definition only with `definitionConfig: { useCustomJobPrefix: true }`. @default the image's name */
  readonly name?: string;
  /**
   * The inference script (a local file; relative to `sourceDir` when that is given). A repack
   * step packs it into the model's archive at run time, as the SDK does for model data that is a
   * pipeline variable. @default none
   */
  readonly entryPoint?: string;
  /** A local folder packed with the entry point, as the archive's `code/`. @default the entry point alone */
  readonly sourceDir?: string;
  /** Local files or folders packed as `code/lib/<name>`. @default none */
  readonly dependencies?: readonly string[];
}

/** Several models served in sequence by one endpoint (SDK `PipelineModel`). */
export interface PipelineModelProps {
  readonly models: readonly ModelProps[];
  readonly role: string;
  /** Kept in the definition only with `definitionConfig: { useCustomJobPrefix: true }`. @default the first image's name */
  readonly name?: string;
}

/** What a model step deploys: one model or a pipeline of models. */
export type ModelSource = ModelProps | PipelineModelProps;

/** What `model.create()` takes; `instanceType` chooses a framework's cpu or gpu image (the definition does not hold it). */
export interface CreateOptions {
  /** @default cpu images */
  readonly instanceType?: string;
  /** Accepted for parity with the SDK. @default none */
  readonly acceleratorType?: string;
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

/**
 * Model-create step arguments: `ModelCreate` is the SDK's `ModelStep` (`<name>-CreateModel`,
 * repacking an entry point), `CreateModel` the tutorial's `CreateModelStep` (its own name).
 */
export function createModelStep<K extends "ModelCreate" | "CreateModel">(kind: K, source: ModelSource): ModelCreateArgs<K> {
  const slot = kind === "ModelCreate" ? new StepSlot("-CreateModel", memberSuffixes(source, "model-step", "-CreateModel")) : new StepSlot();
  const properties = propertyProxy<Properties<DescribeModelOutput>>(slot.root());
  return {
    properties,
    modelName: properties.ModelName,
    [STEP_ARGS]: {
      kind,
      slot,
      inputs: () => source,
      render: (ctx) => renderCreateModel(kind === "ModelCreate" ? "model-step" : "create-model", source, slot, ctx),
    },
  };
}

/**
 * Register step arguments: `ModelRegister` is the SDK's `ModelStep` form, `RegisterModel` the
 * `RegisterModel` collection (bare containers for a single model, `<name>-RepackModel`).
 */
export function registerModelStep<K extends "ModelRegister" | "RegisterModel">(kind: K, source: ModelSource, opts: RegisterOptions): ModelRegisterArgs<K> {
  const slot = new StepSlot("-RegisterModel", memberSuffixes(source, kind === "ModelRegister" ? "model-step" : "collection", "-RegisterModel"));
  const properties = propertyProxy<Properties<DescribeModelPackageOutput>>(slot.root());
  return {
    properties,
    [STEP_ARGS]: {
      kind,
      slot,
      inputs: () => [source, opts],
      render: (ctx) => renderRegisterModel(kind === "ModelRegister" ? "model-step" : "collection", source, opts, slot, ctx),
    },
  };
}

export type { StepKind };
