import type {
  CreateAutoMLJobRequest,
  CreateCompilationJobRequest,
  CreateHyperParameterTuningJobRequest,
  CreateModelInput,
  CreateModelPackageInput,
  CreateProcessingJobRequest,
  CreateTrainingJobRequest,
  CreateTransformJobRequest,
  DescribeCompilationJobResponse,
  DescribeModelOutput,
  DescribeModelPackageOutput,
  DescribeProcessingJobResponse,
  DescribeTrainingJobResponse,
  DescribeTransformJobResponse,
} from "../aws-types/sagemaker.ts";
import { PropertyNode, propertyProxy, type PipelineVariable, type Properties, type VerbatimKind, type VerbatimType } from "@sagepipe/expressions";
import type { AutoMLProperties } from "./automl.ts";
import type { ClarifyCheckProperties, QualityCheckProperties } from "./check-job.ts";
import type { PropertyFileRef, PropertyFileSpec } from "./processing.ts";
import { declaredOnly } from "./declared-names.ts";
import type { AsWritten } from "./with-variables.ts";
import type { RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";
import type { TuningProperties } from "./tuning.ts";

export type { AsWritten } from "./with-variables.ts";

/** The step-level keys of a check step besides Name, Type and Arguments (as the SDK writes them). */
export interface CheckStepKeys {
  readonly CheckType: string;
  readonly FailOnViolation?: boolean | PipelineVariable<boolean>;
  readonly SkipCheck?: boolean | PipelineVariable<boolean>;
  readonly RegisterNewBaseline?: boolean | PipelineVariable<boolean>;
  readonly ModelPackageGroupName?: string | PipelineVariable<string> | null;
  readonly SuppliedBaselineStatistics?: string | PipelineVariable<string> | null;
  readonly SuppliedBaselineConstraints?: string | PipelineVariable<string> | null;
  readonly ModelName?: string | PipelineVariable<string> | null;
}

/** Per Type: the request its Arguments are, what its `properties` follow, and its step-level keys. */
interface VerbatimForms {
  Processing: { request: CreateProcessingJobRequest; properties: Properties<DescribeProcessingJobResponse>; keys: {} };
  Training: { request: CreateTrainingJobRequest; properties: Properties<DescribeTrainingJobResponse>; keys: {} };
  Tuning: { request: CreateHyperParameterTuningJobRequest; properties: TuningProperties; keys: {} };
  Transform: { request: CreateTransformJobRequest; properties: Properties<DescribeTransformJobResponse>; keys: {} };
  Model: { request: CreateModelInput; properties: Properties<DescribeModelOutput>; keys: {} };
  RegisterModel: { request: CreateModelPackageInput; properties: Properties<DescribeModelPackageOutput>; keys: {} };
  AutoML: { request: CreateAutoMLJobRequest; properties: AutoMLProperties; keys: {} };
  Compilation: { request: CreateCompilationJobRequest; properties: Properties<DescribeCompilationJobResponse>; keys: {} };
  QualityCheck: { request: CreateProcessingJobRequest; properties: Properties<QualityCheckProperties>; keys: CheckStepKeys };
  ClarifyCheck: { request: CreateProcessingJobRequest; properties: Properties<ClarifyCheckProperties>; keys: CheckStepKeys };
}

// Every Type the step-kind table gives a verbatim kind has a form here, and no other.
type FormsMatchTable = [VerbatimType] extends [keyof VerbatimForms] ? ([keyof VerbatimForms] extends [VerbatimType] ? true : never) : never;
const formsMatchTable: FormsMatchTable = true;
void formsMatchTable;

/** What `verbatimStep(type, ...)` takes. */
export type VerbatimStepProps<T extends VerbatimType> = {
  /** The step's `Arguments`, as the definition holds them. */
  readonly arguments: AsWritten<VerbatimForms[T]["request"]>;
} & (T extends "Processing"
  ? {
      /** The step's `PropertyFiles`, by name (readable with `jsonGet(step.propertyFiles.Name, path)`). */
      readonly propertyFiles?: Readonly<Record<string, PropertyFileSpec<string>>>;
    }
  : {}) &
  (keyof VerbatimForms[T]["keys"] extends never ? {} : { readonly stepKeys: VerbatimForms[T]["keys"] });

/** A step written as its definition's arguments; `properties` follow the Type's Describe* response. */
export type VerbatimStepArgs<T extends VerbatimType> = StepArgs<VerbatimKind<T>> & {
  readonly properties: VerbatimForms[T]["properties"];
} & (T extends "Processing" ? { readonly propertyFiles: Readonly<Record<string, PropertyFileRef>> } : {});

/** The kind each Type becomes (the step-kind table's `verbatim` column). */
const KINDS: { readonly [T in VerbatimType]: VerbatimKind<T> } = {
  Processing: "Processing",
  Training: "Training",
  Tuning: "Tuning",
  Transform: "Transform",
  Model: "CreateModel",
  RegisterModel: "RegisterModel",
  AutoML: "AutoML",
  Compilation: "Compilation",
  QualityCheck: "QualityCheck",
  ClarifyCheck: "ClarifyCheck",
};

/**
 * The lowest-level form of a step: its `Arguments` (and a check step's own keys) exactly as a
 * definition holds them, under the decorator of the Type's kind (`@Training()` returning
 * `verbatimStep("Training", { arguments: {...} })`). No defaults are added and nothing is
 * uploaded; references to parameters and other steps are still typed values, so the DAG is
 * inferred as for any step. Prefer the kind's helpers: this is for arguments no helper
 * reproduces (`sagepipe import` writes it, with a comment saying why).
 */
export function verbatimStep<T extends VerbatimType>(type: T, props: VerbatimStepProps<T>): VerbatimStepArgs<T> {
  const slot = new StepSlot();
  const root = slot.root();
  const files = ("propertyFiles" in props ? props.propertyFiles : undefined) as Readonly<Record<string, PropertyFileSpec<string>>> | undefined;
  const stepKeys = ("stepKeys" in props ? props.stepKeys : undefined) as object | undefined;
  const propertyFiles = Object.fromEntries(Object.keys(files ?? {}).map((name) => [name, PropertyNode.create(root, [{ field: "PropertyFiles" }, { field: name }])]));
  return {
    properties: propertyProxy<VerbatimForms[T]["properties"]>(root),
    ...(type === "Processing" ? { propertyFiles: declaredOnly(propertyFiles, "propertyFiles", slot) } : {}),
    [STEP_ARGS]: {
      kind: KINDS[type],
      slot,
      inputs: () => [props.arguments, stepKeys],
      ...(files ? { propertyFiles: () => Object.entries(files).map(([name, f]) => ({ name, output: f.output })) } : {}),
      render: (ctx: RenderContext) => [
        {
          Name: ctx.stepName,
          Type: type,
          Arguments: props.arguments,
          ...(files ? { PropertyFiles: Object.entries(files).map(([name, f]) => ({ PropertyFileName: name, OutputName: f.output, FilePath: f.path })) } : {}),
          ...stepKeys,
        },
      ],
    },
  } as unknown as VerbatimStepArgs<T>;
}
