import type {
  CreateEndpointConfigInput,
  CreateEndpointInput,
  CreateInferenceComponentInput,
  DescribeEndpointConfigOutput,
  DescribeEndpointOutput,
  DescribeInferenceComponentOutput,
} from "@aws-sdk/client-sagemaker";
import { propertyProxy, type Properties } from "@sagepipe/expressions";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";
import type { WithVariables } from "./with-variables.ts";

/** The three pass-through step kinds and the requests they send. */
type EndpointKind = "EndpointConfig" | "Endpoint" | "InferenceComponent";

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

function passThroughStep<K extends EndpointKind, P>(kind: K, request: object): StepArgs<K> & { readonly properties: Properties<P> } {
  const slot = new StepSlot();
  return {
    properties: propertyProxy<Properties<P>>(slot.root()),
    [STEP_ARGS]: {
      kind,
      slot,
      inputs: () => request,
      render: (ctx) => [{ Name: ctx.stepName, Type: kind, Arguments: request }],
    },
  };
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
