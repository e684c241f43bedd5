// Conformance case `tuning_warm_start`: a tuner that warm-starts from two earlier tuning jobs
// (transfer learning; the parents keep the order written, where the SDK's set order varies from
// run to run), and a multi-algorithm tuner over two estimators, each with its own objective,
// ranges and metric definitions (`TrainingJobDefinitions`, sorted by name as the SDK sorts them).
import { Pipeline, Tuning, categorical, continuous, estimator, hyperparameterTuner, imageUri, integer, multiAlgorithmTuner, param } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";

const xgbEstimator = () =>
  estimator({
    image: imageUri({ framework: "xgboost", version: "1.7-1" }),
    role,
    instanceCount: 1,
    instanceType: "ml.m5.xlarge",
    outputPath: "s3://my-bucket/tuning/output",
    hyperparameters: { objective: "binary:logistic", num_round: 200 },
  });

@Pipeline({ name: "TuningWarmStartPipeline", region: "us-east-1", bucket: "my-bucket" })
export class TuningWarmStartPipeline {
  trainData = param.string("TrainData", "s3://my-bucket/tuning/train");

  @Tuning({ name: "WarmStartTuning" })
  warmStart() {
    return hyperparameterTuner({
      estimator: xgbEstimator(),
      objectiveMetricName: "validation:auc",
      objectiveType: "Maximize",
      hyperparameterRanges: { eta: continuous(0.05, 0.3), max_depth: integer(3, 8) },
      maxJobs: 4,
      maxParallelJobs: 2,
      warmStart: { type: "TransferLearning", parents: ["xgb-tune-parent-a", "xgb-tune-parent-b"] },
    }).fit({ train: { s3Data: this.trainData, contentType: "text/csv" } });
  }

  @Tuning({ name: "MultiAlgoTuning" })
  multiAlgo() {
    return multiAlgorithmTuner({
      estimators: {
        xgboost: {
          estimator: xgbEstimator(),
          objectiveMetricName: "validation:auc",
          hyperparameterRanges: { alpha: continuous(0, 1), max_depth: integer(3, 10) },
        },
        custom: {
          estimator: estimator({
            image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-trainer:latest",
            role,
            instanceCount: 1,
            instanceType: "ml.c5.2xlarge",
            outputPath: "s3://my-bucket/tuning/custom-output",
            hyperparameters: { epochs: 10 },
          }),
          objectiveMetricName: "val_auc",
          hyperparameterRanges: {
            learning_rate: continuous(0.0001, 0.1, { scaling: "Logarithmic" }),
            optimizer: categorical(["sgd", "adam"]),
          },
          metricDefinitions: [{ name: "val_auc", regex: "val_auc=([0-9\\.]+)" }],
        },
      },
      objectiveType: "Maximize",
      maxJobs: 8,
      maxParallelJobs: 2,
      strategy: "Random",
    }).fit({
      xgboost: { train: { s3Data: this.trainData, contentType: "text/csv" } },
      custom: { train: this.trainData },
    });
  }
}
