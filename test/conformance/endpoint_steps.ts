// Conformance case `endpoint_steps`: a model, then an endpoint config (cache + retry), an
// endpoint and an inference component, whose arguments are the CreateEndpointConfig /
// CreateEndpoint / CreateInferenceComponent requests (typed by the AWS SDK), chained through
// properties.
import { Endpoint, EndpointConfig, InferenceComponent, ModelStep, Pipeline, endpoint, endpointConfig, inferenceComponent, model, param } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";

@Pipeline({ name: "EndpointStepsPipeline", region: "us-east-1", bucket: "my-bucket" })
export class EndpointStepsPipeline {
  instanceType = param.string("EndpointInstanceType", "ml.m5.xlarge");

  @ModelStep({ name: "Model" })
  model() {
    return model({
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-model:latest",
      modelData: "s3://my-bucket/models/model.tar.gz",
      role,
    }).create({ instanceType: "ml.m5.xlarge" });
  }

  @EndpointConfig({
    name: "EndpointConfig",
    cache: { enabled: true, expireAfter: "PT1H" },
    retry: [{ exceptionTypes: ["Step.THROTTLING"], maxAttempts: 2 }],
  })
  endpointConfig() {
    return endpointConfig({
      EndpointConfigName: "my-endpoint-config",
      ProductionVariants: [
        { VariantName: "AllTraffic", ModelName: this.model().modelName, InstanceType: this.instanceType, InitialInstanceCount: 1, InitialVariantWeight: 1.0 },
      ],
    });
  }

  @Endpoint({ name: "Endpoint", displayName: "Deploy endpoint" })
  endpoint() {
    return endpoint({ EndpointName: "my-endpoint", EndpointConfigName: this.endpointConfig().properties.EndpointConfigName });
  }

  @InferenceComponent({ name: "InferenceComponent", description: "adds a component to the endpoint" })
  inferenceComponent() {
    return inferenceComponent({
      InferenceComponentName: "my-component",
      EndpointName: this.endpoint().properties.EndpointName,
      VariantName: "AllTraffic",
      Specification: {
        ModelName: this.model().modelName,
        ComputeResourceRequirements: { NumberOfCpuCoresRequired: 2.0, MinMemoryRequiredInMb: 1024 },
      },
      RuntimeConfig: { CopyCount: 1 },
    });
  }
}
