import { suite } from "uvu";
import * as assert from "uvu/assert";
import { Fail, Pipeline, Transform, fail, join, transformer } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const t = suite("transform step");
type Step = { Name: string; Arguments: Record<string, unknown> };
const stepsOf = (cls: new () => object) => (evaluatePipeline(cls, { sourceDir: "." }).definition as unknown as { Steps: Step[] }).Steps;

const base = { modelName: "m", instanceType: "ml.m5.xlarge", instanceCount: 1, outputPath: "s3://b/out" } as const;

@Pipeline({ name: "AllOptions" })
class AllOptions {
  @Transform() score() {
    return transformer({ ...base, outputKmsKey: "out-key", volumeKmsKey: "vol-key", accept: "text/csv", assembleWith: "Line", baseJobName: "score" }).transform({
      data: "s3://b/in",
      dataType: "ManifestFile",
      modelClientConfig: { invocationsTimeoutInSeconds: 600, invocationsMaxRetries: 2 },
      dataCaptureConfig: { destinationS3Uri: "s3://b/capture", kmsKeyId: "cap-key", generateInferenceId: true },
    });
  }
  @Fail() report() {
    return fail(join(" ", ["results in", this.score().outputPath]));
  }
}

t("renders every option in CreateTransformJob's order, leaving out what is not set", () => {
  const [score] = stepsOf(AllOptions);
  assert.equal(Object.keys(score!.Arguments), ["ModelName", "TransformInput", "TransformOutput", "TransformResources", "ModelClientConfig", "DataCaptureConfig"]);
  assert.equal(score!.Arguments.TransformInput, { DataSource: { S3DataSource: { S3DataType: "ManifestFile", S3Uri: "s3://b/in" } } });
  assert.equal(score!.Arguments.TransformOutput, { S3OutputPath: "s3://b/out", KmsKeyId: "out-key", AssembleWith: "Line", Accept: "text/csv" });
  assert.equal(score!.Arguments.TransformResources, { InstanceCount: 1, InstanceType: "ml.m5.xlarge", VolumeKmsKeyId: "vol-key" });
  assert.equal(score!.Arguments.ModelClientConfig, { InvocationsTimeoutInSeconds: 600, InvocationsMaxRetries: 2 });
  assert.equal(score!.Arguments.DataCaptureConfig, { DestinationS3Uri: "s3://b/capture", KmsKeyId: "cap-key", GenerateInferenceId: true });
});

t("outputPath is the TransformOutput.S3OutputPath property", () => {
  const [, report] = stepsOf(AllOptions);
  assert.equal(report!.Arguments.ErrorMessage, { "Std:Join": { On: " ", Values: ["results in", { Get: "Steps.Score.TransformOutput.S3OutputPath" }] } });
});

t("a data-processing block appears only with a filter or join source", () => {
  @Pipeline({ name: "Filters" })
  class Filters {
    @Transform() onlyJoin() {
      return transformer(base).transform({ data: "s3://b/in", joinSource: "Input" });
    }
  }
  assert.equal(stepsOf(Filters)[0]!.Arguments.DataProcessing, { JoinSource: "Input" });
});

t("the job name is kept only when the pipeline keeps job names", () => {
  @Pipeline({ name: "Prefixed", definitionConfig: { useCustomJobPrefix: true } })
  class Prefixed {
    @Transform() score() {
      return transformer({ ...base, baseJobName: "my-prefix-score" }).transform({ data: "s3://b/in" });
    }
  }
  const [score] = stepsOf(Prefixed);
  assert.is(Object.keys(score!.Arguments)[0], "TransformJobName");
  assert.is(score!.Arguments.TransformJobName, "my-prefix-score");
  assert.not.ok("TransformJobName" in stepsOf(AllOptions)[0]!.Arguments);
});

t("keeping job names without a base job name says what to set", () => {
  @Pipeline({ name: "NoBase", definitionConfig: { useCustomJobPrefix: true } })
  class NoBase {
    @Transform() score() {
      return transformer(base).transform({ data: "s3://b/in" });
    }
  }
  assert.throws(() => stepsOf(NoBase), (e: Error) => e.message.includes("Step Score") && e.message.includes("baseJobName"));
});

t.run();
