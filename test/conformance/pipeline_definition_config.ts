// Conformance case `pipeline_definition_config`: `definitionConfig: { useCustomJobPrefix: true }`
// keeps the job-name fields (ProcessingJobName, TrainingJobName, HyperParameterTuningJobName,
// ModelName, TransformJobName) from each job's base name, where other pipelines drop them.
import {
  ModelStep, Pipeline, Processing, Training, Transform, Tuning,
  estimator, hyperparameterTuner, integer, model, processor, transformer,
} from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest";
const trainer = () =>
  estimator({ image, role, instanceCount: 1, instanceType: "ml.m5.xlarge", baseJobName: "my-prefix-train", outputPath: "s3://my-bucket/out" });

@Pipeline({ name: "CustomPrefixPipeline", region: "us-east-1", bucket: "my-bucket", definitionConfig: { useCustomJobPrefix: true } })
export class CustomPrefixPipeline {
  @Processing()
  process() {
    return processor({ role, image, instanceCount: 1, instanceType: "ml.m5.xlarge", baseJobName: "my-prefix-process" }).run({});
  }

  @Training()
  train() {
    return trainer().fit({ train: { s3Data: "s3://my-bucket/train" } });
  }

  @Tuning()
  tune() {
    return hyperparameterTuner({
      estimator: trainer(),
      objectiveMetricName: "loss",
      objectiveType: "Minimize",
      hyperparameterRanges: { depth: integer(1, 5) },
      metricDefinitions: [{ name: "loss", regex: "loss=([0-9.]+)" }],
      maxJobs: 2,
      maxParallelJobs: 1,
      baseTuningJobName: "my-prefix-tune",
    }).fit({ train: { s3Data: "s3://my-bucket/train" } });
  }

  @ModelStep()
  createModel() {
    return model({ image, modelData: this.train().modelArtifacts, role, name: "my-prefix-model" }).create({ instanceType: "ml.m5.xlarge" });
  }

  @Transform()
  transform() {
    return transformer({
      modelName: this.createModel().modelName,
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
      outputPath: "s3://my-bucket/transform",
      baseJobName: "my-prefix-transform",
    }).transform({ data: "s3://my-bucket/batch" });
  }
}
