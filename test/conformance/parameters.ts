// Conformance case `parameters`: every parameter type (a String with enum values, parameters
// without defaults), used as step arguments, in the environment, in job arguments, as text
// (str`${p}`, the SDK's `.to_string()`) and in a condition on the Boolean parameter.
import { Condition, Fail, Pipeline, Processing, condition, eq, fail, param, processor, str } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";

@Pipeline({ name: "ParametersPipeline", region: "us-east-1", bucket: "my-bucket" })
export class ParametersPipeline {
  inputPath = param.string("InputPath", "s3://my-bucket/input");
  instanceType = param.string("InstanceType", { default: "ml.m5.xlarge", enum: ["ml.m5.xlarge", "ml.m5.2xlarge"] });
  mode = param.string("Mode");
  instanceCount = param.integer("InstanceCount", 2);
  learningRate = param.float("LearningRate", 0.05);
  runExtra = param.boolean("RunExtra", true);
  volumeSize = param.integer("VolumeSize");

  @Processing({ name: "ParamsProcess" })
  process() {
    return processor({
      role,
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest",
      instanceCount: this.instanceCount,
      instanceType: this.instanceType,
      volumeSizeInGB: this.volumeSize,
      entrypoint: ["python3", "/opt/program/run.py"],
      env: { MODE: this.mode, LR: str`${this.learningRate}`, RUN_EXTRA: str`${this.runExtra}` },
    }).run({
      arguments: ["--input", this.inputPath, "--lr", str`${this.learningRate}`, "--volume", str`${this.volumeSize}`],
    });
  }

  @Fail({ name: "ExtraRequested" })
  extraRequested() {
    return fail("RunExtra was true");
  }

  @Condition({ name: "CheckRunExtra" })
  checkRunExtra() {
    return condition({ conditions: [eq(this.runExtra, true)], ifSteps: [this.extraRequested()], elseSteps: [] });
  }
}
