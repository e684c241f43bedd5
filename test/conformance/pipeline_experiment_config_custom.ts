// Conformance case `pipeline_experiment_config_custom`: the experiment name from a parameter,
// the trial name a join with the execution id, and a step reading both at run time through
// PipelineExperimentConfigProperties.
import { ExecutionVariables, Pipeline, PipelineExperimentConfigProperties, Processing, join, param, processor } from "@sagepipe/core";

@Pipeline<CustomExperimentPipeline>({
  name: "CustomExperimentPipeline",
  region: "us-east-1",
  bucket: "my-bucket",
  experimentConfig: (self) => ({
    experimentName: self.experiment,
    trialName: join("-", ["trial", ExecutionVariables.PipelineExecutionId]),
  }),
})
export class CustomExperimentPipeline {
  experiment = param.string("ExperimentName", "my-experiment");

  @Processing({ name: "Tracked" })
  tracked() {
    return processor({
      role: "arn:aws:iam::123456789012:role/SageMakerRole",
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest",
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
      env: {
        EXPERIMENT: PipelineExperimentConfigProperties.ExperimentName,
        TRIAL: PipelineExperimentConfigProperties.TrialName,
      },
    }).run({});
  }
}
