// The SDK's EstimatorTransformer and MonitorBatchTransformStep collections (v2.257.6), beside
// the plain steps they are made of. collections.test.ts checks member names, order and
// envelopes against the SDK's source, and that each member's Arguments are those of the plain
// step of the same kind (whose rendering the shared goldens already pin down).
import {
  EstimatorTransformer, ModelStep, MonitorBatchTransform, Pipeline, Processing, RegisterModel, Training,
  checkJob, datasetFormat, estimator, estimatorTransformer, model, monitorBatchTransform, processor, registerModel, transformer,
} from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-model:latest";
const trainer = estimator({ image, role, instanceType: "ml.m5.xlarge", instanceCount: 1 });
const checks = checkJob({ role, instanceCount: 1, instanceType: "ml.c5.xlarge" });
const batchTransformer = { instanceType: "ml.m5.xlarge", instanceCount: 1, outputPath: "s3://my-bucket/batch-out", accept: "text/csv" };

@Pipeline({ name: "CollectionsPipeline", region: "us-east-1", bucket: "my-bucket" })
export class CollectionsPipeline {
  @Training({ name: "Train" })
  train() {
    return trainer.fit({ train: "s3://my-bucket/data/train" });
  }

  @EstimatorTransformer({
    name: "Batch",
    displayName: "Batch scoring",
    description: "scores the test set",
    retry: { create: [{ exceptionTypes: ["Step.THROTTLING"], maxAttempts: 2 }], transform: [{ exceptionTypes: ["SageMaker.CAPACITY_ERROR"], maxAttempts: 3 }] },
  })
  batch() {
    return estimatorTransformer({
      estimator: trainer,
      modelData: this.train().properties.ModelArtifacts.S3ModelArtifacts,
      transformer: batchTransformer,
      transformInputs: { data: "s3://my-bucket/data/test", contentType: "text/csv" },
    });
  }

  @EstimatorTransformer({ name: "Repacked", dependsOn: (self: CollectionsPipeline) => [self.train] })
  repacked() {
    return estimatorTransformer({
      model: { image, role, modelData: "s3://my-bucket/models/model.tar.gz", entryPoint: "code/inference.py" },
      transformer: batchTransformer,
      transformInputs: { data: "s3://my-bucket/data/test" },
    });
  }

  @MonitorBatchTransform({ name: "Monitored", displayName: "Monitored batch", description: "checks the input first" })
  monitored() {
    return monitorBatchTransform({
      transform: transformer({ ...batchTransformer, modelName: this.batch().modelProperties.ModelName }).transform({ data: "s3://my-bucket/data/live" }),
      monitor: checks.dataQuality({ baselineDataset: "s3://my-bucket/data/live", datasetFormat: datasetFormat.csv({ header: false }), failOnViolation: false, suppliedBaselineConstraints: "s3://my-bucket/baseline/constraints.json" }),
      monitorBeforeTransform: true,
    });
  }

  @MonitorBatchTransform({ name: "Scored" })
  scored() {
    return monitorBatchTransform({
      transform: transformer({ ...batchTransformer, modelName: this.batch().modelProperties.ModelName }).transform({ data: "s3://my-bucket/data/labelled" }),
      monitor: checks.modelQuality({ baselineDataset: this.batch().outputPath, datasetFormat: datasetFormat.csv({ header: false }), problemType: "Regression", inferenceAttribute: "_c1", groundTruthAttribute: "_c0" }),
    });
  }

  @ModelStep({ name: "Served" })
  served() {
    return model({ image, role, modelData: "s3://my-bucket/models/model.tar.gz", entryPoint: "code/inference.py" }).create();
  }

  @RegisterModel({ name: "Registered" })
  registered() {
    return registerModel({
      image, role, modelData: "s3://my-bucket/models/model.tar.gz", entryPoint: "code/inference.py",
      contentTypes: ["text/csv"], responseTypes: ["text/csv"], modelPackageGroupName: "Group",
    });
  }

  @Processing({ name: "Report", dependsOn: (self: CollectionsPipeline) => [self.repacked, self.monitored, self.served, self.registered] })
  report() {
    return processor({ role, image, instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({
      inputs: [{ source: this.scored().properties.CalculatedBaselineConstraints, destination: "/opt/ml/processing/constraints" }],
    });
  }
}
