// Conformance case `training_step`: a scikit-learn framework estimator (source folder, JSON-encoded
// hyperparameters, metric definitions, checkpoints) and a processing step that reads its properties.
import { Pipeline, Processing, Training, param, processor, sklearnEstimator, trainingInput } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";

@Pipeline({ name: "TrainingStepPipeline", region: "us-east-1", bucket: "my-bucket" })
export class TrainingStepPipeline {
  epochs = param.integer("Epochs", 10);
  trainUri = param.string("TrainData", "s3://my-bucket/data/train");

  @Training({ name: "SKLearnTrain" })
  train() {
    return sklearnEstimator({
      entryPoint: "train.py",
      sourceDir: "scripts/train",
      frameworkVersion: "1.2-1",
      pyVersion: "py3",
      role,
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
      baseJobName: "sk-train",
      hyperparameters: { epochs: this.epochs, optimizer: "adam", dropout: 0.1 },
      metricDefinitions: [{ name: "validation:rmse", regex: "rmse=([0-9\\.]+)" }],
      env: { STAGE: "test" },
      checkpointS3Uri: "s3://my-bucket/checkpoints",
      maxRunSeconds: 3600,
      tags: { team: "ml" },
    }).fit({
      train: trainingInput({ s3Data: this.trainUri, contentType: "text/csv", distribution: "ShardedByS3Key" }),
      validation: trainingInput({ s3Data: "s3://my-bucket/data/validation", contentType: "text/csv", inputMode: "FastFile", s3DataType: "S3Prefix" }),
    });
  }

  @Processing({ name: "UseTrainingOutputs" })
  useOutputs() {
    const trained = this.train().properties;
    return processor({
      role,
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest",
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
      env: {
        JOB: trained.TrainingJobName,
        MODEL: trained.ModelArtifacts.S3ModelArtifacts,
        RMSE: trained.FinalMetricDataList["validation:rmse"]!.Value,
        EPOCHS: trained.HyperParameters["epochs"]!,
      },
    }).run({});
  }
}
