// Where each step type's schema comes from: the SDK request shape its `Arguments` follow (or a
// hand-written one), which envelope keys the SageMaker Python SDK emits for it, and the SDK
// response shapes its properties (`Steps.<name>.<path>`) follow.

/** Optional step-level keys, beyond Name, Type, Arguments, DependsOn, DisplayName, Description. */
export type EnvelopeFeature = "cache" | "retry" | "propertyFiles";

/** How one step `Type` is described. */
export interface StepSource {
  readonly type: string;
  /** The SDK request shape of `Arguments`; absent when hand-written (see hand-written-schemas.ts). */
  readonly request?: string;
  /** Members the API requires that pipeline definitions leave out: the SDK drops job names. */
  readonly optional?: readonly string[];
  /** `Arguments` reuse another step type's (QualityCheck and ClarifyCheck run processing jobs). */
  readonly argumentsOf?: string;
  readonly features: readonly EnvelopeFeature[];
  /** SDK response shapes whose members are this step's properties, merged in order. */
  readonly responses: readonly string[];
}

/** Every step type a definition may hold, in the order the schema lists them. */
export const STEP_SOURCES: readonly StepSource[] = [
  { type: "Processing", request: "CreateProcessingJobRequest", optional: ["ProcessingJobName"], features: ["cache", "retry", "propertyFiles"], responses: ["DescribeProcessingJobResponse"] },
  { type: "Training", request: "CreateTrainingJobRequest", optional: ["TrainingJobName"], features: ["cache", "retry"], responses: ["DescribeTrainingJobResponse"] },
  { type: "Tuning", request: "CreateHyperParameterTuningJobRequest", optional: ["HyperParameterTuningJobName"], features: ["cache", "retry"], responses: ["DescribeHyperParameterTuningJobResponse", "ListTrainingJobsForHyperParameterTuningJobResponse"] },
  { type: "Transform", request: "CreateTransformJobRequest", optional: ["TransformJobName"], features: ["cache", "retry"], responses: ["DescribeTransformJobResponse"] },
  { type: "Model", request: "CreateModelInput", optional: ["ModelName"], features: ["retry"], responses: ["DescribeModelOutput"] },
  { type: "RegisterModel", request: "CreateModelPackageInput", features: ["retry"], responses: ["DescribeModelPackageOutput"] },
  { type: "AutoML", request: "CreateAutoMLJobRequest", optional: ["AutoMLJobName"], features: ["cache", "retry"], responses: ["DescribeAutoMLJobResponse"] },
  { type: "Compilation", request: "CreateCompilationJobRequest", optional: ["CompilationJobName"], features: ["cache", "retry"], responses: ["DescribeCompilationJobResponse"] },
  { type: "EndpointConfig", request: "CreateEndpointConfigInput", features: ["cache", "retry"], responses: ["DescribeEndpointConfigOutput"] },
  { type: "Endpoint", request: "CreateEndpointInput", features: ["cache", "retry"], responses: ["DescribeEndpointOutput"] },
  { type: "InferenceComponent", request: "CreateInferenceComponentInput", features: ["cache", "retry"], responses: ["DescribeInferenceComponentOutput"] },
  { type: "QualityCheck", argumentsOf: "Processing", features: ["cache"], responses: [] },
  { type: "ClarifyCheck", argumentsOf: "Processing", features: ["cache"], responses: [] },
  { type: "Condition", features: [], responses: [] },
  { type: "Fail", features: [], responses: [] },
  { type: "Lambda", features: ["cache"], responses: [] },
  { type: "Callback", features: ["cache"], responses: [] },
  { type: "EMR", features: ["cache", "retry"], responses: [] },
];
