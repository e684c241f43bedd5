// Conformance case `pipeline_experiment_config_none`: experiment tracking turned off
// (`experimentConfig: null` keeps the key as null) and a pipeline with no parameters.
import { Pipeline, Processing, processor } from "@sagepipe/core";

@Pipeline({ name: "NoExperimentPipeline", region: "us-east-1", bucket: "my-bucket", experimentConfig: null })
export class NoExperimentPipeline {
  @Processing({ name: "Untracked" })
  untracked() {
    return processor({
      role: "arn:aws:iam::123456789012:role/SageMakerRole",
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest",
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
    }).run({});
  }
}
