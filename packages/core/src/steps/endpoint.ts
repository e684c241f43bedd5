import type {
  CreateEndpointConfigInput,
  CreateEndpointInput,
  CreateInferenceComponentInput,
  DescribeEndpointConfigOutput,
  DescribeEndpointOutput,
  DescribeInferenceComponentOutput,
} from "../aws-types/sagemaker.ts";
import type { Properties } from "@sagepipe/expressions";
import { passThroughStep } from "./pass-through-step.ts";
import type { StepArgs } from "./step-args.ts";
import type { WithVariables } from "./with-variables.ts";

/** CreateEndpointConfig's request, with pipeline variables allowed in any value. */
export type EndpointConfigArgs = WithVariables<CreateEndpointConfigInput>;
/** CreateEndpoint's request, with pipeline variables allowed in any value. */
export type EndpointArgs = WithVariables<CreateEndpointInput>;
/** CreateInferenceComponent's request, with pipeline variables allowed in any value. */
export type InferenceComponentArgs = WithVariables<CreateInferenceComponentInput>;

/** An endpoint-config step; `properties` follow DescribeEndpointConfig's response. */
export interface EndpointConfigStepArgs extends StepArgs<"EndpointConfig"> {
  readonly properties: Properties<DescribeEndpointConfigOutput>;
}

/** An endpoint step; `properties` follow DescribeEndpoint's response. */
export interface EndpointStepArgs extends StepArgs<"Endpoint"> {
  readonly properties: Properties<DescribeEndpointOutput>;
}

/** An inference-component step; `properties` follow DescribeInferenceComponent's response. */
export interface InferenceComponentStepArgs extends StepArgs<"InferenceComponent"> {
  readonly properties: Properties<DescribeInferenceComponentOutput>;
}

/** SDK `EndpointConfigStep`: the step's arguments are CreateEndpointConfig's request, as written. */
export function endpointConfig(request: EndpointConfigArgs): EndpointConfigStepArgs {
  return passThroughStep<"EndpointConfig", DescribeEndpointConfigOutput>("EndpointConfig", request);
}

/** SDK `EndpointStep`: the step's arguments are CreateEndpoint's request, as written. */
export function endpoint(request: EndpointArgs): EndpointStepArgs {
  return passThroughStep<"Endpoint", DescribeEndpointOutput>("Endpoint", request);
}

/** SDK `InferenceComponentStep`: the step's arguments are CreateInferenceComponent's request, as written. */
export function inferenceComponent(request: InferenceComponentArgs): InferenceComponentStepArgs {
  return passThroughStep<"InferenceComponent", DescribeInferenceComponentOutput>("InferenceComponent", request);
}
