// The four Bedrock steps of SDK v2.257.6 (sagemaker/workflow/bedrock_steps.py). Each one's
// `Arguments` are a Bedrock Create* request as written, with the API's camelCase member names
// in PascalCase (the SDK checks the top-level keys against botocore's input shape after the
// same conversion); its properties are the fields the SDK lists for it, typed after the
// matching Get* response. The types are generated from `@aws-sdk/client-bedrock` into
// ../aws-types/bedrock.ts (types only; a user installs no AWS SDK for them).
import type {
  CreateCustomModelDeploymentRequest,
  CreateCustomModelRequest,
  CreateModelImportJobRequest,
  CreateProvisionedModelThroughputRequest,
  GetCustomModelDeploymentResponse,
  GetCustomModelResponse,
  GetModelImportJobResponse,
  GetProvisionedModelThroughputResponse,
  Tag,
} from "../aws-types/bedrock.ts";
import type { Properties } from "@sagepipe/expressions";
import type { PascalCased } from "./pascal-cased.ts";
import { passThroughStep } from "./pass-through-step.ts";
import type { StepArgs } from "./step-args.ts";
import type { WithVariables } from "./with-variables.ts";

/** A Bedrock request in PascalCase with pipeline variables allowed in any value. */
type BedrockRequest<T> = WithVariables<PascalCased<T>>;

/** CreateCustomModel's request (`ModelName`, `ModelSourceConfig`, `RoleArn`, ...). */
export type BedrockCustomModelArgs = BedrockRequest<CreateCustomModelRequest>;
/** CreateCustomModelDeployment's request (`ModelDeploymentName`, `ModelArn`, ...). */
export type BedrockCustomModelDeploymentArgs = BedrockRequest<CreateCustomModelDeploymentRequest>;
/** CreateModelImportJob's request (`JobName`, `ImportedModelName`, `RoleArn`, `ModelDataSource`, ...). */
export type BedrockModelImportArgs = BedrockRequest<CreateModelImportJobRequest>;
/** CreateProvisionedModelThroughput's request (`ProvisionedModelName`, `ModelId`, `ModelUnits`, ...). */
export type BedrockProvisionedModelThroughputArgs = BedrockRequest<CreateProvisionedModelThroughputRequest>;

/** The SDK's `_BEDROCK_CUSTOM_MODEL_FIELDS`: every member of GetCustomModel's response. */
export type BedrockCustomModelProperties = PascalCased<GetCustomModelResponse>;
/**
 * The SDK's `_BEDROCK_CUSTOM_MODEL_DEPLOYMENT_FIELDS`. They differ from GetCustomModelDeployment's
 * response: the SDK says `ModelDeploymentArn` (the response's `customModelDeploymentArn`) and
 * `Tags` (the request's), and leaves out `UpdateDetails` and `LastUpdatedAt`. We follow the SDK.
 */
export type BedrockCustomModelDeploymentProperties = Pick<
  PascalCased<GetCustomModelDeploymentResponse>,
  "ModelDeploymentName" | "ModelArn" | "CreatedAt" | "Status" | "FailureMessage" | "Description"
> & { readonly ModelDeploymentArn: string; readonly Tags: PascalCased<Tag>[] };
/** The SDK's `_BEDROCK_MODEL_IMPORT_FIELDS`: every member of GetModelImportJob's response. */
export type BedrockModelImportProperties = PascalCased<GetModelImportJobResponse>;
/** The SDK's `_BEDROCK_PROVISIONED_MODEL_THROUGHPUT_FIELDS`: every member of GetProvisionedModelThroughput's response. */
export type BedrockProvisionedModelThroughputProperties = PascalCased<GetProvisionedModelThroughputResponse>;

/** A Bedrock custom-model step; `properties.ModelArn`, `.ModelStatus`, ... */
export interface BedrockCustomModelStepArgs extends StepArgs<"BedrockCustomModel"> {
  readonly properties: Properties<BedrockCustomModelProperties>;
}
/** A Bedrock custom-model deployment step; `properties.ModelDeploymentArn`, `.Status`, ... */
export interface BedrockCustomModelDeploymentStepArgs extends StepArgs<"BedrockCustomModelDeployment"> {
  readonly properties: Properties<BedrockCustomModelDeploymentProperties>;
}
/** A Bedrock model-import step; `properties.ImportedModelArn`, `.Status`, ... */
export interface BedrockModelImportStepArgs extends StepArgs<"BedrockModelImport"> {
  readonly properties: Properties<BedrockModelImportProperties>;
}
/** A Bedrock provisioned-throughput step; `properties.ProvisionedModelArn`, `.Status`, ... */
export interface BedrockProvisionedModelThroughputStepArgs extends StepArgs<"BedrockProvisionedModelThroughput"> {
  readonly properties: Properties<BedrockProvisionedModelThroughputProperties>;
}

/** SDK `BedrockCustomModelStep`: the step's arguments are CreateCustomModel's request, as written. */
export function bedrockCustomModel(request: BedrockCustomModelArgs): BedrockCustomModelStepArgs {
  return passThroughStep<"BedrockCustomModel", BedrockCustomModelProperties>("BedrockCustomModel", request);
}

/** SDK `BedrockCustomModelDeploymentStep`: the step's arguments are CreateCustomModelDeployment's request. */
export function bedrockCustomModelDeployment(request: BedrockCustomModelDeploymentArgs): BedrockCustomModelDeploymentStepArgs {
  return passThroughStep<"BedrockCustomModelDeployment", BedrockCustomModelDeploymentProperties>("BedrockCustomModelDeployment", request);
}

/** SDK `BedrockModelImportStep`: the step's arguments are CreateModelImportJob's request. */
export function bedrockModelImport(request: BedrockModelImportArgs): BedrockModelImportStepArgs {
  return passThroughStep<"BedrockModelImport", BedrockModelImportProperties>("BedrockModelImport", request);
}

/** SDK `BedrockProvisionedModelThroughputStep`: the step's arguments are CreateProvisionedModelThroughput's request. */
export function bedrockProvisionedModelThroughput(request: BedrockProvisionedModelThroughputArgs): BedrockProvisionedModelThroughputStepArgs {
  return passThroughStep<"BedrockProvisionedModelThroughput", BedrockProvisionedModelThroughputProperties>("BedrockProvisionedModelThroughput", request);
}
