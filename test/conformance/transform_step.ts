// Conformance case `transform_step`: a transform with most options (content type, split,
// compression, input/output filters and join source, batch strategy, payload and
// concurrency limits, accept/assemble-with, environment), a parameter as the input, the
// model name from a model step, and a later step reading TransformOutput.S3OutputPath.
import { ModelStep, Pipeline, Processing, Transform, model, param, processor, transformer } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";

@Pipeline({ name: "TransformStepPipeline", region: "us-east-1", bucket: "my-bucket" })
export class TransformStepPipeline {
  batchData = param.string("BatchData", "s3://my-bucket/batch/input.csv");

  @ModelStep({ name: "MakeModel" })
  makeModel() {
    return model({
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-model:latest",
      modelData: "s3://my-bucket/models/model.tar.gz",
      role,
    }).create({ instanceType: "ml.m5.xlarge" });
  }

  @Transform({ name: "BatchTransform" })
  batchTransform() {
    return transformer({
      modelName: this.makeModel().modelName,
      instanceCount: 2,
      instanceType: "ml.m5.xlarge",
      strategy: "MultiRecord",
      assembleWith: "Line",
      outputPath: "s3://my-bucket/batch/output",
      accept: "text/csv",
      maxConcurrentTransforms: 4,
      maxPayloadInMB: 6,
      env: { SAGEMAKER_MODEL_SERVER_TIMEOUT: "3600" },
      baseJobName: "batch",
    }).transform({
      data: this.batchData,
      dataType: "S3Prefix",
      contentType: "text/csv",
      compressionType: "None",
      splitType: "Line",
      inputFilter: "$[1:]",
      outputFilter: "$[0,-1]",
      joinSource: "Input",
    });
  }

  @Processing({ name: "AfterTransform" })
  afterTransform() {
    return processor({
      role,
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest",
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
      env: { PREDICTIONS: this.batchTransform().properties.TransformOutput.S3OutputPath },
    }).run({});
  }
}
