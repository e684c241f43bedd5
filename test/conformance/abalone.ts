// Conformance case `abalone`: the AWS tutorial "Define a Pipeline" verbatim, with the
// tutorial's plain Session (code and outputs under "<base job name>-<stamp>"), the
// CreateModelStep and RegisterModel forms, and a literal MSE threshold.
import {
  Condition, CreateModel, Pipeline, Processing, RegisterModel, Training, Transform,
  condition, createModel, estimator, imageUri, join, jsonGet, lte, param, registerModel, scriptProcessor, sklearnProcessor, transformer,
} from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const image = imageUri({ framework: "xgboost", version: "1.0-1" });

@Pipeline({ name: "AbalonePipeline", region: "us-east-1", bucket: "my-bucket", codeLocation: "job" })
export class AbaloneTutorial {
  processingInstanceType = param.string("ProcessingInstanceType", "ml.m5.xlarge");
  processingInstanceCount = param.integer("ProcessingInstanceCount", 1);
  trainingInstanceType = param.string("TrainingInstanceType", "ml.m5.xlarge");
  modelApprovalStatus = param.string("ModelApprovalStatus", "PendingManualApproval");
  inputData = param.string("InputData", "s3://my-bucket/abalone/abalone-dataset.csv");
  batchData = param.string("BatchData", "s3://my-bucket/abalone/abalone-dataset-batch");

  @Processing({ name: "AbaloneProcess" })
  process() {
    return sklearnProcessor({
      frameworkVersion: "0.23-1",
      instanceType: this.processingInstanceType,
      instanceCount: this.processingInstanceCount,
      baseJobName: "sklearn-abalone-process",
      role,
    }).run({
      inputs: [{ source: this.inputData, destination: "/opt/ml/processing/input" }],
      outputs: { train: "/opt/ml/processing/train", validation: "/opt/ml/processing/validation", test: "/opt/ml/processing/test" },
      code: "../../examples/abalone/abalone/preprocessing.py",
    });
  }

  @Training({ name: "AbaloneTrain" })
  train() {
    return estimator({
      image,
      instanceType: this.trainingInstanceType,
      instanceCount: 1,
      outputPath: "s3://my-bucket/AbaloneTrain",
      role,
      hyperparameters: { objective: "reg:linear", num_round: 50, max_depth: 5, eta: 0.2, gamma: 4, min_child_weight: 6, subsample: 0.7, silent: 0 },
    }).fit({
      train: { s3Data: this.process().outputs.train, contentType: "text/csv" },
      validation: { s3Data: this.process().outputs.validation, contentType: "text/csv" },
    });
  }

  @Processing({ name: "AbaloneEval" })
  evaluate() {
    return scriptProcessor({
      image,
      command: ["python3"],
      instanceType: this.processingInstanceType,
      instanceCount: 1,
      baseJobName: "script-abalone-eval",
      role,
    }).run({
      inputs: [
        { source: this.train().modelArtifacts, destination: "/opt/ml/processing/model" },
        { source: this.process().outputs.test, destination: "/opt/ml/processing/test" },
      ],
      outputs: { evaluation: "/opt/ml/processing/evaluation" },
      code: "../../examples/abalone/abalone/evaluation.py",
      propertyFiles: { EvaluationReport: { output: "evaluation", path: "evaluation.json" } },
    });
  }

  @CreateModel({ name: "AbaloneCreateModel" })
  createModel() {
    return createModel({ image, modelData: this.train().modelArtifacts, role }, { instanceType: "ml.m5.large", acceleratorType: "ml.eia1.medium" });
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

  @RegisterModel({ name: "AbaloneRegisterModel" })
  register() {
    return registerModel({
      image,
      modelData: this.train().modelArtifacts,
      role,
      contentTypes: ["text/csv"],
      responseTypes: ["text/csv"],
      inferenceInstances: ["ml.t2.medium", "ml.m5.xlarge"],
      transformInstances: ["ml.m5.xlarge"],
      modelPackageGroupName: "AbaloneModelPackageGroupName",
      approvalStatus: this.modelApprovalStatus,
      modelMetrics: {
        modelStatistics: { s3Uri: join("/", [this.evaluate().outputs.evaluation, "evaluation.json"]), contentType: "application/json" },
      },
    });
  }

  @Condition({ name: "AbaloneMSECond" })
  checkMse() {
    return condition({
      conditions: [lte(jsonGet(this.evaluate().propertyFiles.EvaluationReport, "regression_metrics.mse.value"), 6.0)],
      ifSteps: [this.register(), this.createModel(), this.transform()],
      elseSteps: [],
    });
  }
}
