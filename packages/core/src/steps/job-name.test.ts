import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ModelStep, Pipeline, Processing, Training, estimator, model, param, processor } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";
import { baseNameFromImage, keptJobName } from "./job-name.ts";
import type { RenderContext } from "./render-context.ts";

const t = suite("job names under useCustomJobPrefix");
const ctx = (useCustomJobPrefix: boolean) => ({ useCustomJobPrefix }) as RenderContext;
const image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest";

t("the image's repository name, as the SDK's base_name_from_image", () => {
  assert.is(baseNameFromImage(image, "training-job"), "my-image");
  assert.is(baseNameFromImage("my-image", "training-job"), "my-image");
  assert.is(baseNameFromImage("localhost:5000/team/trainer@sha", "training-job"), "trainer@sha");
  assert.is(baseNameFromImage(param.string("Image", image), "training-job"), "my-image");
  assert.is(baseNameFromImage(param.string("Image"), "processing-job"), "processing-job");
});

t("kept only when the pipeline keeps job names; the base name wins and is cut to leave room for the stamp", () => {
  assert.is(keptJobName(ctx(false), "my-prefix", image, "processing-job"), undefined);
  assert.is(keptJobName(ctx(true), "my-prefix", image, "processing-job"), "my-prefix");
  assert.is(keptJobName(ctx(true), undefined, image, "processing-job"), "my-image");
  assert.is(keptJobName(ctx(true), "x".repeat(50), image, "processing-job"), "x".repeat(39));
});

const role = "arn:aws:iam::123456789012:role/R";
type Steps = { Steps: { Arguments: Record<string, unknown> }[] };

t("a model step names its model only when the pipeline keeps job names", () => {
  @Pipeline({ name: "Kept", definitionConfig: { useCustomJobPrefix: true } })
  class Kept {
    @ModelStep() named() {
      return model({ image, role, name: "my-prefix-model" }).create();
    }
    @ModelStep() unnamed() {
      return model({ image, role }).create();
    }
  }
  @Pipeline({ name: "Dropped" })
  class Dropped {
    @ModelStep() named() {
      return model({ image, role, name: "my-prefix-model" }).create();
    }
  }
  const kept = (evaluatePipeline(Kept, { sourceDir: "." }).definition as unknown as Steps).Steps;
  assert.equal(Object.keys(kept[0]!.Arguments), ["ModelName", "ExecutionRoleArn", "PrimaryContainer"]);
  assert.is(kept[0]!.Arguments.ModelName, "my-prefix-model");
  assert.is(kept[1]!.Arguments.ModelName, "my-image");
  const dropped = (evaluatePipeline(Dropped, { sourceDir: "." }).definition as unknown as Steps).Steps;
  assert.not.ok("ModelName" in dropped[0]!.Arguments);
});

t("a processing step keeps ProcessingJobName first, from its base job name or image", () => {
  const proc = (baseJobName?: string) => processor({ role, image, instanceType: "ml.m5.xlarge", instanceCount: 1, ...(baseJobName ? { baseJobName } : {}) }).run({});
  @Pipeline({ name: "Kept", definitionConfig: { useCustomJobPrefix: true } })
  class Kept {
    @Processing() prefixed() {
      return proc("my-prefix-process");
    }
    @Processing() plain() {
      return proc();
    }
  }
  const steps = (evaluatePipeline(Kept, { sourceDir: "." }).definition as unknown as Steps).Steps;
  assert.is(Object.keys(steps[0]!.Arguments)[0], "ProcessingJobName");
  assert.is(steps[0]!.Arguments.ProcessingJobName, "my-prefix-process");
  assert.is(steps[1]!.Arguments.ProcessingJobName, "my-image");
});

t("a training step keeps TrainingJobName after OutputDataConfig", () => {
  @Pipeline({ name: "Kept", bucket: "b", definitionConfig: { useCustomJobPrefix: true } })
  class Kept {
    @Training() fit() {
      return estimator({ role, image, instanceType: "ml.m5.xlarge", instanceCount: 1, baseJobName: "my-prefix-train" }).fit();
    }
  }
  const [fit] = (evaluatePipeline(Kept, { sourceDir: "." }).definition as unknown as Steps).Steps;
  assert.equal(Object.keys(fit!.Arguments).slice(0, 3), ["AlgorithmSpecification", "OutputDataConfig", "TrainingJobName"]);
  assert.is(fit!.Arguments.TrainingJobName, "my-prefix-train");
});

t.run();
