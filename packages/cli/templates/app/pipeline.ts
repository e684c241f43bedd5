// A small pipeline: prepare the data, train an XGBoost model, evaluate it, then register the
// model if its error is low enough, or fail. Each decorated method is a step; the steps'
// references to each other (`this.prepare().outputs.train`) are the edges of the graph.
import {
  Condition, Fail, ModelStep, Pipeline, Processing, Training,
  condition, estimator, fail, imageUri, join, jsonGet, lte, model, param, scriptProcessor, sklearnProcessor,
} from "@sagepipe/core";

// Replace with your own role, bucket and region.
const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const xgboost = imageUri({ framework: "xgboost", version: "1.7-1" });

@Pipeline({ name: "MyPipeline", region: "us-east-1", bucket: "my-bucket" })
export class MyPipeline {
  inputData = param.string("InputData", "s3://my-bucket/data/data.csv");
  maxError = param.float("MaxError", 6.0);

  @Processing()
  prepare() {
    return sklearnProcessor({ frameworkVersion: "1.2-1", role, instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({
      inputs: [{ source: this.inputData, destination: "/opt/ml/processing/input" }],
      outputs: { train: "/opt/ml/processing/train", test: "/opt/ml/processing/test" },
      code: "code/prepare.py",
    });
  }

  @Training()
  train() {
    return estimator({
      image: xgboost,
      role,
      instanceType: "ml.m5.xlarge",
      instanceCount: 1,
      hyperparameters: { objective: "reg:squarederror", num_round: 50 },
    }).fit({ train: { s3Data: this.prepare().outputs.train, contentType: "text/csv" } });
  }

  @Processing()
  evaluate() {
    // Runs in the XGBoost image, which can load the trained model.
    return scriptProcessor({ image: xgboost, command: ["python3"], role, instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({
      inputs: [
        { source: this.train().modelArtifacts, destination: "/opt/ml/processing/model" },
        { source: this.prepare().outputs.test, destination: "/opt/ml/processing/test" },
      ],
      outputs: { evaluation: "/opt/ml/processing/evaluation" },
      code: "code/evaluate.py",
      // A JSON file the job writes; the condition below reads a value from it.
      propertyFiles: { Evaluation: { output: "evaluation", path: "evaluation.json" } },
    });
  }

  @ModelStep()
  register() {
    return model({ image: xgboost, modelData: this.train().modelArtifacts, role }).register({
      contentTypes: ["text/csv"],
      responseTypes: ["text/csv"],
      modelPackageGroupName: "MyModels",
    });
  }

  @Fail()
  tooInaccurate() {
    return fail(join(" ", ["The model's mean squared error is above", this.maxError]));
  }

  @Condition()
  accurateEnough() {
    return condition({
      conditions: [lte(jsonGet(this.evaluate().propertyFiles.Evaluation, "regression_metrics.mse.value"), this.maxError)],
      ifSteps: [this.register()],
      elseSteps: [this.tooInaccurate()],
    });
  }
}
