// Conformance case `model_package_step`: a model created from a registered model package
// (SDK `ModelPackage(model_package_arn=...)` in a ModelStep): `Containers: [{ ModelPackageName,
// Environment }]`, no image or model data. A transform then scores a batch with it. The SDK
// asks DescribeModelPackage while building; sagepipe asks nothing (and would also take a
// pipeline parameter as the ARN).
import { ModelStep, Pipeline, Transform, modelPackage, param, transformer } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";

@Pipeline({ name: "ModelPackagePipeline", region: "us-east-1", bucket: "my-bucket" })
export class ModelPackagePipeline {
  transformInput = param.string("TransformInput", "s3://my-bucket/fraud/batch-input/");

  @ModelStep({ name: "FraudModel" })
  fraudModel() {
    return modelPackage({
      modelPackageArn: "arn:aws:sagemaker:us-east-1:123456789012:model-package/fraud-detector/7",
      role,
      env: { SAGEMAKER_MODEL_SERVER_WORKERS: "2" },
    }).create({ instanceType: "ml.m5.large" });
  }

  @Transform({ name: "ScoreBatch" })
  scoreBatch() {
    return transformer({
      modelName: this.fraudModel().modelName,
      instanceCount: 1,
      instanceType: "ml.m5.large",
      outputPath: "s3://my-bucket/fraud/batch-output",
      accept: "text/csv",
      assembleWith: "Line",
    }).transform({ data: this.transformInput, contentType: "text/csv", splitType: "Line" });
  }
}
