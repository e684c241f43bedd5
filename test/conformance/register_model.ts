// Conformance case `register_model`: the RegisterModel step collection in three forms: a single
// model with local inference code (a `<name>-RepackModel` training step packs it into the
// trained model first), a pipeline of two models, and a plain model with metrics, customer
// metadata, a description and depends-on. Depending on a collection waits for its last step.
import { Pipeline, Processing, RegisterModel, Training, estimator, processor, registerModel } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-trainer:latest";
const instances = { inferenceInstances: ["ml.m5.xlarge"], transformInstances: ["ml.m5.xlarge"] };

@Pipeline({ name: "RegisterModelPipeline", region: "us-east-1", bucket: "my-bucket" })
export class RegisterModelPipeline {
  @Training({ name: "Train" })
  train() {
    return estimator({ image, role, instanceCount: 1, instanceType: "ml.m5.xlarge", outputPath: "s3://my-bucket/models" }).fit({
      train: "s3://my-bucket/data/train",
    });
  }

  @RegisterModel({ name: "RegisterRepacked" })
  registerRepacked() {
    return registerModel({
      image,
      role,
      modelData: this.train().modelArtifacts,
      entryPoint: "inference.py",
      sourceDir: "scripts/inference",
      contentTypes: ["text/csv"],
      responseTypes: ["text/csv"],
      ...instances,
      modelPackageGroupName: "RepackGroup",
      approvalStatus: "PendingManualApproval",
    });
  }

  @RegisterModel({ name: "RegisterPipelineModel" })
  registerPipelineModel() {
    return registerModel({
      models: [
        { image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/preproc:latest", modelData: "s3://my-bucket/preproc/model.tar.gz", role },
        { image, modelData: this.train().modelArtifacts, role },
      ],
      role,
      contentTypes: ["text/csv"],
      responseTypes: ["text/csv"],
      ...instances,
      modelPackageGroupName: "PipelineModelGroup",
    });
  }

  @RegisterModel({
    name: "RegisterPlain",
    displayName: "Register plain",
    description: "plain registration",
    dependsOn: (self: RegisterModelPipeline) => [self.train],
  })
  registerPlain() {
    return registerModel({
      image,
      role,
      modelData: "s3://my-bucket/models/fixed.tar.gz",
      contentTypes: ["application/json"],
      responseTypes: ["application/json"],
      inferenceInstances: ["ml.m5.large"],
      transformInstances: ["ml.m5.large"],
      modelPackageGroupName: "PlainGroup",
      approvalStatus: "Approved",
      modelMetrics: { modelStatistics: { s3Uri: "s3://my-bucket/metrics/stats.json", contentType: "application/json" } },
      customerMetadataProperties: { k: "v" },
      description: "plain registration",
    });
  }

  @Processing({ name: "AfterRegister", dependsOn: (self: RegisterModelPipeline) => [self.registerPipelineModel, self.registerPlain] })
  afterRegister() {
    return processor({
      role,
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest",
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
      env: { PACKAGE_ARN: this.registerRepacked().properties.ModelPackageArn },
    }).run({});
  }
}
