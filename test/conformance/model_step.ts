// Conformance case `model_step`: model steps in the SDK's ModelStep form. A PyTorch model whose
// data is a parameter and whose inference code is local is created and registered: each step
// first repacks the code into the model (`<name>-RepackModel-0`) at run time. A plain model is
// registered with model metrics, drift-check baselines, customer metadata, domain / task /
// framework facts, a sample payload and a description.
import { ModelStep, Pipeline, model, param, pytorchModel } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const json = "application/json";

@Pipeline({ name: "ModelStepPipeline", region: "us-east-1", bucket: "my-bucket" })
export class ModelStepPipeline {
  approval = param.string("ApprovalStatus", "PendingManualApproval");
  modelData = param.string("ModelData", "s3://my-bucket/models/model.tar.gz");

  /** The PyTorch model, with its inference code. */
  pytorch() {
    return pytorchModel({
      modelData: this.modelData,
      role,
      entryPoint: "inference.py",
      sourceDir: "scripts/inference",
      frameworkVersion: "2.1",
      pyVersion: "py310",
    });
  }

  @ModelStep({ name: "PyTorchCreate", displayName: "Create PyTorch model", description: "create with repack" })
  create() {
    return this.pytorch().create({ instanceType: "ml.m5.xlarge" });
  }

  @ModelStep({ name: "PyTorchRegister" })
  registerPyTorch() {
    return this.pytorch().register({
      contentTypes: ["text/csv"],
      responseTypes: ["text/csv"],
      inferenceInstances: ["ml.m5.xlarge"],
      transformInstances: ["ml.m5.xlarge"],
      modelPackageGroupName: "PyTorchGroup",
      approvalStatus: this.approval,
    });
  }

  @ModelStep({ name: "PlainRegister" })
  registerPlain() {
    return model({
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-model:latest",
      modelData: "s3://my-bucket/models/plain.tar.gz",
      role,
    }).register({
      contentTypes: [json],
      responseTypes: [json],
      inferenceInstances: ["ml.m5.large"],
      transformInstances: ["ml.m5.large"],
      modelPackageGroupName: "PlainGroup",
      approvalStatus: "Approved",
      modelMetrics: {
        modelStatistics: { s3Uri: "s3://my-bucket/metrics/stats.json", contentType: json },
        modelConstraints: { s3Uri: "s3://my-bucket/metrics/constraints.json", contentType: json },
        biasPreTrainingConstraints: { s3Uri: "s3://my-bucket/metrics/bias_pre.json", contentType: json },
        explainabilityConstraints: { s3Uri: "s3://my-bucket/metrics/shap.json", contentType: json },
      },
      driftCheckBaselines: {
        modelStatistics: { s3Uri: "s3://my-bucket/baselines/stats.json", contentType: json },
        modelConstraints: { s3Uri: "s3://my-bucket/baselines/constraints.json", contentType: json },
      },
      customerMetadataProperties: { owner: "oracle" },
      domain: "MACHINE_LEARNING",
      task: "REGRESSION",
      framework: "XGBOOST",
      frameworkVersion: "1.7",
      samplePayloadUrl: "s3://my-bucket/payload/sample.tar.gz",
      description: "plain model package",
    });
  }
}
