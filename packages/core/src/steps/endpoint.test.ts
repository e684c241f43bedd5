import { suite } from "uvu";
import * as assert from "uvu/assert";
import { Endpoint, EndpointConfig, ExecutionVariables, InferenceComponent, Pipeline, endpoint, endpointConfig, inferenceComponent, join } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const t = suite("endpoint steps");

@Pipeline({ name: "P" })
class Deploy {
  @EndpointConfig({ name: "Config" }) config() {
    return endpointConfig({
      EndpointConfigName: join("-", ["cfg", ExecutionVariables.PipelineExecutionId]),
      ProductionVariants: [{ VariantName: "v", ModelName: "m", InstanceType: "ml.m5.large", InitialInstanceCount: 1 }],
      Tags: [{ Key: "team", Value: "ml" }],
    });
  }
  @Endpoint({ name: "Serve" }) serve() {
    return endpoint({ EndpointName: "e", EndpointConfigName: this.config().properties.EndpointConfigName });
  }
  @InferenceComponent({ name: "Component" }) component() {
    return inferenceComponent({
      InferenceComponentName: "c",
      EndpointName: this.serve().properties.EndpointName,
      VariantName: "v",
      Specification: { Container: { Image: "img" }, ComputeResourceRequirements: { MinMemoryRequiredInMb: 512 } },
      RuntimeConfig: { CopyCount: 2 },
    });
  }
}

t("the arguments are the request as written, with pipeline variables rendered, chained by properties", () => {
  const steps = (evaluatePipeline(Deploy, { sourceDir: "." }).definition as { Steps: { Name: string; Type: string; Arguments: Record<string, unknown> }[] }).Steps;
  assert.equal(steps.map((s) => [s.Name, s.Type]), [["Config", "EndpointConfig"], ["Serve", "Endpoint"], ["Component", "InferenceComponent"]]);
  assert.equal(steps[0]!.Arguments.EndpointConfigName, { "Std:Join": { On: "-", Values: ["cfg", { Get: "Execution.PipelineExecutionId" }] } });
  assert.equal(Object.keys(steps[0]!.Arguments), ["EndpointConfigName", "ProductionVariants", "Tags"]);
  assert.equal(steps[1]!.Arguments, { EndpointName: "e", EndpointConfigName: { Get: "Steps.Config.EndpointConfigName" } });
  assert.equal(steps[2]!.Arguments.EndpointName, { Get: "Steps.Serve.EndpointName" });
  assert.equal(steps[2]!.Arguments.RuntimeConfig, { CopyCount: 2 });
});

t("properties follow the Describe* responses, including lists", () => {
  const step = endpointConfig({ EndpointConfigName: "c", ProductionVariants: [] });
  const ref = step.properties.ProductionVariants[0]!.VariantName as unknown as { path: unknown[] };
  assert.equal(ref.path, [{ field: "ProductionVariants" }, { index: 0 }, { field: "VariantName" }]);
});

t.run();
