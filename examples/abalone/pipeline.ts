// The Abalone pipeline of the AWS "Define a Pipeline" tutorial, in its modern form:
// processing -> training -> evaluation -> condition on MSE -> register / create model /
// batch transform, or fail.
import {
  Condition, Fail, ModelStep, Pipeline, Processing, Training, Transform,
  estimator, fail, condition, imageUri, join, jsonGet, lte, model, param, scriptProcessor, sklearnProcessor, transformer,
} from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const xgboostImage = imageUri({ framework: "xgboost", version: "1.0-1" });

@Pipeline({ name: "AbalonePipeline", region: "us-east-1", bucket: "my-bucket" })
export class Abalone {
  processingInstanceCount = param.integer("ProcessingInstanceCount", 1);
  trainingInstanceType = param.string("TrainingInstanceType", "ml.m5.xlarge");
  modelApprovalStatus = param.string("ModelApprovalStatus", "PendingManualApproval");
  inputData = param.string("InputData", "s3://my-bucket/abalone/abalone-dataset.csv");
  batchData = param.string("BatchData", "s3://my-bucket/abalone/abalone-dataset-batch");
  mseThreshold = param.float("MseThreshold", 6.0);

  @Processing({ name: "AbaloneProcess" })
  process() {
    return sklearnProcessor({
      frameworkVersion: "1.2-1",
      instanceType: "ml.m5.xlarge",
      instanceCount: this.processingInstanceCount,
      baseJobName: "sklearn-abalone-process",
      role,
    }).run({
      inputs: [{ source: this.inputData, destination: "/opt/ml/processing/input" }],
      outputs: {
        train: "/opt/ml/processing/train",
        validation: "/opt/ml/processing/validation",
        test: "/opt/ml/processing/test",
      },
      code: "abalone/preprocessing.py",
    });
  }

  @Training({ name: "AbaloneTrain" })
  train() {
    return estimator({
      image: xgboostImage,
      instanceType: this.trainingInstanceType,
      instanceCount: 1,
      outputPath: "s3://my-bucket/AbaloneTrain",
      role,
      hyperparameters: { objective: "reg:linear", num_round: 50, max_depth: 5, eta: 0.2, gamma: 4, min_child_weight: 6, subsample: 0.7 },
    }).fit({
      train: { s3Data: this.process().outputs.train, contentType: "text/csv" },
      validation: { s3Data: this.process().outputs.validation, contentType: "text/csv" },
    });
  }

  @Processing({ name: "AbaloneEval" })
  evaluate() {
    return scriptProcessor({
      image: xgboostImage,
      command: ["python3"],
      instanceType: "ml.m5.xlarge",
      instanceCount: 1,
      baseJobName: "script-abalone-eval",
      role,
    }).run({
      inputs: [
        { source: this.train().modelArtifacts, destination: "/opt/ml/processing/model" },
        { source: this.process().outputs.test, destination: "/opt/ml/processing/test" },
      ],
      outputs: { evaluation: "/opt/ml/processing/evaluation" },
      code: "abalone/evaluation.py",
      propertyFiles: { EvaluationReport: { output: "evaluation", path: "evaluation.json" } },
    });
  }

  /** The trained model, shared by the create and register steps. */
  xgbModel() {
    return model({ image: xgboostImage, modelData: this.train().modelArtifacts, role });
  }

  @ModelStep({ name: "AbaloneRegisterModel" })
  register() {
    return this.xgbModel().register({
      contentTypes: ["text/csv"],
      responseTypes: ["text/csv"],
      inferenceInstances: ["ml.t2.medium", "ml.m5.xlarge"],
      transformInstances: ["ml.m5.xlarge"],
      modelPackageGroupName: "AbaloneModelPackageGroupName",
      approvalStatus: this.modelApprovalStatus,
      modelMetrics: {
        modelStatistics: {
          s3Uri: join("/", [this.evaluate().outputs.evaluation, "evaluation.json"]),
          contentType: "application/json",
        },
      },
    });
  }

  @ModelStep({ name: "AbaloneCreateModel" })
  createModel() {
    return this.xgbModel().create({ instanceType: "ml.m5.large", acceleratorType: "ml.eia1.medium" });
  }

  @Transform({ name: "AbaloneTransform" })
  transform() {
    return transformer({
      modelName: this.createModel().modelName,
      instanceType: "ml.m5.xlarge",
      instanceCount: 1,
      outputPath: "s3://my-bucket/AbaloneTransform",
    }).transform({ data: this.batchData });
  }

  @Fail({ name: "AbaloneMSEFail" })
  mseFail() {
    return fail(join(" ", ["Execution failed due to MSE >", this.mseThreshold]));
  }

  @Condition({ name: "AbaloneMSECond" })
  checkMse() {
    return condition({
      conditions: [lte(jsonGet(this.evaluate().propertyFiles.EvaluationReport, "regression_metrics.mse.value"), this.mseThreshold)],
      ifSteps: [this.register(), this.createModel(), this.transform()],
      elseSteps: [this.mseFail()],
    });
  }
}
