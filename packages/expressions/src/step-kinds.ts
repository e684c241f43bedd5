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
  /**
   * The step kind (and so the decorator) of core's `verbatimStep(type, ...)`, which takes this
   * Type's `Arguments` as written: the escape hatch for arguments no helper reproduces (used by
   * `sagepipe import`). null where the kind's own helper already takes the request as written,
   * or where sagepipe has no decorator for the Type.
   */
  readonly verbatim: string | null;
}

/** Every step `Type` a pipeline definition may hold, in the order the schema lists them. */
export const STEP_TYPES = {
  Processing: { sdk: "ProcessingStep", features: ["cache", "retry", "propertyFiles"], verbatim: "Processing" },
  Training: { sdk: "TrainingStep", features: ["cache", "retry"], verbatim: "Training" },
  Tuning: { sdk: "TuningStep", features: ["cache", "retry"], verbatim: "Tuning" },
  Transform: { sdk: "TransformStep", features: ["cache", "retry"], verbatim: "Transform" },
  Model: { sdk: "ModelStep / CreateModelStep", features: ["retry"], verbatim: "CreateModel" },
  RegisterModel: { sdk: "ModelStep / RegisterModel", features: ["retry"], verbatim: "RegisterModel" },
  AutoML: { sdk: "AutoMLStep", features: ["cache", "retry"], verbatim: "AutoML" },
  Compilation: { sdk: "CompilationStep (SDK v1)", features: ["cache", "retry"], verbatim: "Compilation" },
  EndpointConfig: { sdk: "EndpointConfigStep", features: ["cache", "retry"], verbatim: null },
  Endpoint: { sdk: "EndpointStep", features: ["cache", "retry"], verbatim: null },
  InferenceComponent: { sdk: "InferenceComponentStep", features: ["cache", "retry"], verbatim: null },
  QualityCheck: { sdk: "QualityCheckStep", features: ["cache"], verbatim: "QualityCheck" },
  ClarifyCheck: { sdk: "ClarifyCheckStep", features: ["cache"], verbatim: "ClarifyCheck" },
  Condition: { sdk: "ConditionStep", features: [], verbatim: null },
  Fail: { sdk: "FailStep", features: [], verbatim: null },
  Lambda: { sdk: "LambdaStep", features: ["cache"], verbatim: null },
  Callback: { sdk: "CallbackStep", features: ["cache"], verbatim: null },
  EMR: { sdk: "EMRStep", features: ["cache", "retry"], verbatim: null },
  EMRServerless: { sdk: "EMRServerlessStep (SDK v3)", features: ["cache", "retry"], verbatim: null },
  BedrockCustomModel: { sdk: "BedrockCustomModelStep", features: [], verbatim: null },
  BedrockCustomModelDeployment: { sdk: "BedrockCustomModelDeploymentStep", features: [], verbatim: null },
  BedrockModelImport: { sdk: "BedrockModelImportStep", features: [], verbatim: null },
  BedrockProvisionedModelThroughput: { sdk: "BedrockProvisionedModelThroughputStep", features: [], verbatim: null },
  Lineage: { sdk: "LineageStep", features: [], verbatim: null },
} as const satisfies Record<string, StepTypeRow>;

/** The step types a definition knows (the `Type` field). */
export type StepType = keyof typeof STEP_TYPES;

/** The Types `verbatimStep` writes, and the kind each becomes (a row's `verbatim`). */
export type VerbatimType = { [T in StepType]: (typeof STEP_TYPES)[T]["verbatim"] extends string ? T : never }[StepType];
export type VerbatimKind<T extends VerbatimType> = (typeof STEP_TYPES)[T]["verbatim"] & StepKind;

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
  Compilation: { decorator: "Compilation" },
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

// Every `verbatim` of STEP_TYPES is a kind of STEP_KINDS (tsc fails here otherwise).
type VerbatimKinds = NonNullable<(typeof STEP_TYPES)[StepType]["verbatim"]>;
const verbatimKindsAreKinds: [VerbatimKinds] extends [StepKind] ? true : never = true;
void verbatimKindsAreKinds;

/** The name of a step decorator (`Processing`, `ModelStep`, ...). */
export type StepDecoratorName = (typeof STEP_KINDS)[StepKind]["decorator"];

/** The kinds a decorator accepts, in table order. */
export function kindsOfDecorator(decorator: StepDecoratorName): StepKind[] {
  return (Object.keys(STEP_KINDS) as StepKind[]).filter((kind) => STEP_KINDS[kind].decorator === decorator);
}

/** Every step decorator's name. */
export const STEP_DECORATOR_NAMES: ReadonlySet<string> = new Set(Object.values(STEP_KINDS).map((row) => row.decorator));
