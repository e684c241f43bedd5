// Conformance case `tuning_step`: a tuner over the built-in XGBoost estimator (continuous, integer
// and categorical ranges, a parameter as a bound) and models of its best and second-best jobs.
import { ModelStep, Pipeline, Tuning, categorical, continuous, estimator, hyperparameterTuner, imageUri, integer, model, param } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const xgboostImage = imageUri({ framework: "xgboost", version: "1.7-1" });

@Pipeline({ name: "TuningStepPipeline", region: "us-east-1", bucket: "my-bucket" })
export class TuningStepPipeline {
  maxDepthMax = param.integer("MaxDepthMax", 10);

  @Tuning({ name: "HPTuning" })
  tune() {
    const xgb = estimator({
      image: xgboostImage,
      role,
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
      outputPath: "s3://my-bucket/tuning-output",
      hyperparameters: { objective: "reg:squarederror", num_round: 100 },
    });
    return hyperparameterTuner({
      estimator: xgb,
      objectiveMetricName: "validation:rmse",
      objectiveType: "Minimize",
      hyperparameterRanges: {
        eta: continuous(0.01, 0.5, { scaling: "Logarithmic" }),
        max_depth: integer(2, this.maxDepthMax),
        alpha: continuous(0, 2),
        booster: categorical(["gbtree", "dart"]),
      },
      metricDefinitions: [{ name: "validation:rmse", regex: "validation-rmse:([0-9\\.]+)" }],
      maxJobs: 6,
      maxParallelJobs: 2,
      strategy: "Bayesian",
      earlyStoppingType: "Auto",
      baseTuningJobName: "xgb-tune",
    }).fit({
      train: { s3Data: "s3://my-bucket/data/train", contentType: "text/csv" },
      validation: { s3Data: "s3://my-bucket/data/validation", contentType: "text/csv" },
    });
  }

  @ModelStep({ name: "BestModel" })
  bestModel() {
    const tuned = this.tune();
    return model({
      image: xgboostImage,
      modelData: tuned.topModelS3Uri(0, { bucket: "my-bucket", prefix: "tuning-output" }),
      role,
      env: {
        BEST_JOB: tuned.properties.BestTrainingJob.TrainingJobName,
        BEST_SCORE: tuned.properties.TrainingJobSummaries[0]!.FinalHyperParameterTuningJobObjectiveMetric.Value,
        TUNING_JOB: tuned.properties.HyperParameterTuningJobName,
      },
    }).create({ instanceType: "ml.m5.xlarge" });
  }

  @ModelStep({ name: "SecondBestModel" })
  secondBestModel() {
    return model({
      image: xgboostImage,
      modelData: this.tune().topModelS3Uri(1, { bucket: "my-bucket" }),
      role,
    }).create({ instanceType: "ml.m5.xlarge" });
  }
}
