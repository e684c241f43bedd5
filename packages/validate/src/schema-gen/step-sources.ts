// Where each step type's schema comes from: the SDK request shape its `Arguments` follow (or a
// hand-written one) and the SDK response shapes its properties (`Steps.<name>.<path>`) follow.
// The step types themselves, and the envelope keys the SageMaker Python SDK emits for each, come
// from the one table of step kinds (@sagepipe/expressions); a type missing here fails `tsc`.
import { STEP_TYPES, type EnvelopeFeature, type StepType } from "@sagepipe/expressions";
import type { Service } from "./sdk-services.ts";

export type { EnvelopeFeature };

/** A request shape derived under a name of our own, for hand-written `Arguments` to refer to. */
export interface NamedShape {
  readonly request: string;
  readonly defName: string;
  readonly optional?: readonly string[];
}

/** Where one step `Type`'s schema comes from. */
export interface StepSchemaSource {
  /** The service whose SDK declares the shapes below. @default "sagemaker" */
  readonly service?: Service;
  /** The SDK request shape of `Arguments`; absent when hand-written (see hand-written-schemas.ts). */
  readonly request?: string;
  /** Members the API requires that pipeline definitions leave out: the SDK drops job names. */
  readonly optional?: readonly string[];
  /** `Arguments` reuse another step type's (QualityCheck and ClarifyCheck run processing jobs). */
  readonly argumentsOf?: StepType;
  /** Request shapes the hand-written `Arguments` refer to. */
  readonly shapes?: readonly NamedShape[];
  /** SDK response shapes whose members are this step's properties, merged in order. */
  readonly responses: readonly string[];
}

/** How one step `Type` is described. */
export interface StepSource extends StepSchemaSource {
  readonly type: StepType;
  readonly features: readonly EnvelopeFeature[];
}

const SCHEMA_SOURCES: Readonly<Record<StepType, StepSchemaSource>> = {
  Processing: { request: "CreateProcessingJobRequest", optional: ["ProcessingJobName"], responses: ["DescribeProcessingJobResponse"] },
  Training: { request: "CreateTrainingJobRequest", optional: ["TrainingJobName"], responses: ["DescribeTrainingJobResponse"] },
  Tuning: { request: "CreateHyperParameterTuningJobRequest", optional: ["HyperParameterTuningJobName"], responses: ["DescribeHyperParameterTuningJobResponse", "ListTrainingJobsForHyperParameterTuningJobResponse"] },
  Transform: { request: "CreateTransformJobRequest", optional: ["TransformJobName"], responses: ["DescribeTransformJobResponse"] },
  Model: { request: "CreateModelInput", optional: ["ModelName"], responses: ["DescribeModelOutput"] },
  RegisterModel: { request: "CreateModelPackageInput", responses: ["DescribeModelPackageOutput"] },
  AutoML: { request: "CreateAutoMLJobRequest", optional: ["AutoMLJobName"], responses: ["DescribeAutoMLJobResponse"] },
  Compilation: { request: "CreateCompilationJobRequest", optional: ["CompilationJobName"], responses: ["DescribeCompilationJobResponse"] },
  EndpointConfig: { request: "CreateEndpointConfigInput", responses: ["DescribeEndpointConfigOutput"] },
  Endpoint: { request: "CreateEndpointInput", responses: ["DescribeEndpointOutput"] },
  InferenceComponent: { request: "CreateInferenceComponentInput", responses: ["DescribeInferenceComponentOutput"] },
  QualityCheck: { argumentsOf: "Processing", responses: [] },
  ClarifyCheck: { argumentsOf: "Processing", responses: [] },
  Condition: { responses: [] },
  Fail: { responses: [] },
  Lambda: { responses: [] },
  Callback: { responses: [] },
  EMR: { responses: [] },
  EMRServerless: {
    service: "emr-serverless",
    shapes: [
      { request: "StartJobRunRequest", defName: "EMRServerless.JobConfig", optional: ["applicationId"] },
      { request: "CreateApplicationRequest", defName: "EMRServerless.ApplicationConfig", optional: ["clientToken"] },
    ],
    responses: ["GetJobRunResponse"],
  },
  BedrockCustomModel: { service: "bedrock", request: "CreateCustomModelRequest", responses: ["GetCustomModelResponse"] },
  BedrockCustomModelDeployment: { service: "bedrock", request: "CreateCustomModelDeploymentRequest", responses: ["GetCustomModelDeploymentResponse"] },
  BedrockModelImport: { service: "bedrock", request: "CreateModelImportJobRequest", responses: ["GetModelImportJobResponse"] },
  BedrockProvisionedModelThroughput: { service: "bedrock", request: "CreateProvisionedModelThroughputRequest", responses: ["GetProvisionedModelThroughputResponse"] },
  Lineage: {
    shapes: [
      { request: "CreateActionRequest", defName: "Lineage.Action" },
      { request: "CreateArtifactRequest", defName: "Lineage.Artifact" },
      { request: "CreateContextRequest", defName: "Lineage.Context" },
    ],
    responses: [],
  },
};

/** Every step type a definition may hold, in the order the schema lists them (the table's). */
export const STEP_SOURCES: readonly StepSource[] = (Object.keys(STEP_TYPES) as StepType[]).map((type) => ({
  type,
  features: STEP_TYPES[type].features,
  ...SCHEMA_SOURCES[type],
}));
