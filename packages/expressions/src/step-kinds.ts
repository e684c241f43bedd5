// The one table of step kinds. Every other list of them is derived from it or is a table typed
// `Record<StepType, …>` / `Record<StepKind, …>`, so adding a row here and forgetting a consumer
// fails `tsc`: core's decorators (decorators/steps.ts and every-decorator.typecheck.ts), the
// compiler's decorator names (extract/pipeline-class.ts, and the facts cache's version key),
// validate's schema sources (schema-gen/step-sources.ts) and the local runner's handlers
// (steps/step-handlers.ts). It lives here, in the package every other one may import, because
// validate and local know definitions but not the DSL, and core must not know ts-morph.

/** Optional step-level keys a Type carries beyond Name, Type, Arguments, DependsOn, DisplayName, Description. */
export type EnvelopeFeature = "cache" | "retry" | "propertyFiles";

/** One definition step `Type`. */
export interface StepTypeRow {
  /** The SageMaker Python SDK class that emits it. */
  readonly sdk: string;
  /** The envelope keys the SDK emits for it, beyond the common ones. */
  readonly features: readonly EnvelopeFeature[];
}

/** Every step `Type` a pipeline definition may hold, in the order the schema lists them. */
export const STEP_TYPES = {
  Processing: { sdk: "ProcessingStep", features: ["cache", "retry", "propertyFiles"] },
  Training: { sdk: "TrainingStep", features: ["cache", "retry"] },
  Tuning: { sdk: "TuningStep", features: ["cache", "retry"] },
  Transform: { sdk: "TransformStep", features: ["cache", "retry"] },
  Model: { sdk: "ModelStep / CreateModelStep", features: ["retry"] },
  RegisterModel: { sdk: "ModelStep / RegisterModel", features: ["retry"] },
  AutoML: { sdk: "AutoMLStep", features: ["cache", "retry"] },
  Compilation: { sdk: "CompilationStep (SDK v1)", features: ["cache", "retry"] },
  EndpointConfig: { sdk: "EndpointConfigStep", features: ["cache", "retry"] },
  Endpoint: { sdk: "EndpointStep", features: ["cache", "retry"] },
  InferenceComponent: { sdk: "InferenceComponentStep", features: ["cache", "retry"] },
  QualityCheck: { sdk: "QualityCheckStep", features: ["cache"] },
  ClarifyCheck: { sdk: "ClarifyCheckStep", features: ["cache"] },
  Condition: { sdk: "ConditionStep", features: [] },
  Fail: { sdk: "FailStep", features: [] },
  Lambda: { sdk: "LambdaStep", features: ["cache"] },
  Callback: { sdk: "CallbackStep", features: ["cache"] },
  EMR: { sdk: "EMRStep", features: ["cache", "retry"] },
  EMRServerless: { sdk: "EMRServerlessStep (SDK v3)", features: ["cache", "retry"] },
  BedrockCustomModel: { sdk: "BedrockCustomModelStep", features: [] },
  BedrockCustomModelDeployment: { sdk: "BedrockCustomModelDeploymentStep", features: [] },
  BedrockModelImport: { sdk: "BedrockModelImportStep", features: [] },
  BedrockProvisionedModelThroughput: { sdk: "BedrockProvisionedModelThroughputStep", features: [] },
  Lineage: { sdk: "LineageStep", features: [] },
} as const satisfies Record<string, StepTypeRow>;

/** The step types a definition knows (the `Type` field). */
export type StepType = keyof typeof STEP_TYPES;

/** One kind of step a step method may return. */
export interface StepKindRow {
  /** The decorator that declares a method of this kind (without `@`); several kinds may share one. */
  readonly decorator: string;
}

/** Every kind of step a step method may return, and the decorator that declares it. */
export const STEP_KINDS = {
  Processing: { decorator: "Processing" },
  Training: { decorator: "Training" },
  Transform: { decorator: "Transform" },
  ModelCreate: { decorator: "ModelStep" },
  ModelRegister: { decorator: "ModelStep" },
  CreateModel: { decorator: "CreateModel" },
  RegisterModel: { decorator: "RegisterModel" },
  Condition: { decorator: "Condition" },
  Fail: { decorator: "Fail" },
  Lambda: { decorator: "Lambda" },
  Callback: { decorator: "Callback" },
  EndpointConfig: { decorator: "EndpointConfig" },
  Endpoint: { decorator: "Endpoint" },
  InferenceComponent: { decorator: "InferenceComponent" },
  QualityCheck: { decorator: "QualityCheck" },
  ClarifyCheck: { decorator: "ClarifyCheck" },
  Tuning: { decorator: "Tuning" },
  NotebookJob: { decorator: "NotebookJob" },
  EMR: { decorator: "EMR" },
  AutoML: { decorator: "AutoML" },
  EMRServerless: { decorator: "EMRServerless" },
  BedrockCustomModel: { decorator: "BedrockCustomModel" },
  BedrockCustomModelDeployment: { decorator: "BedrockCustomModelDeployment" },
  BedrockModelImport: { decorator: "BedrockModelImport" },
  BedrockProvisionedModelThroughput: { decorator: "BedrockProvisionedModelThroughput" },
  Lineage: { decorator: "Lineage" },
  EstimatorTransformer: { decorator: "EstimatorTransformer" },
  MonitorBatchTransform: { decorator: "MonitorBatchTransform" },
} as const satisfies Record<string, StepKindRow>;

/** What our decorators accept: each step method returns one kind of step arguments. */
export type StepKind = keyof typeof STEP_KINDS;

/** The name of a step decorator (`Processing`, `ModelStep`, ...). */
export type StepDecoratorName = (typeof STEP_KINDS)[StepKind]["decorator"];

/** The kinds a decorator accepts, in table order. */
export function kindsOfDecorator(decorator: StepDecoratorName): StepKind[] {
  return (Object.keys(STEP_KINDS) as StepKind[]).filter((kind) => STEP_KINDS[kind].decorator === decorator);
}

/** Every step decorator's name. */
export const STEP_DECORATOR_NAMES: ReadonlySet<string> = new Set(Object.values(STEP_KINDS).map((row) => row.decorator));
