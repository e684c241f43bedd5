import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ModelStep, Pipeline, Transform, modelPackage, param, transformer } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const role = "arn:aws:iam::123456789012:role/R";
const arn = "arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/3";
const t = suite("modelPackage (a model from a registered package)");
type Step = { Name: string; Type: string; Arguments: Record<string, unknown> };
const steps = (cls: new () => object) => (evaluatePipeline(cls, { sourceDir: "." }).definition as unknown as { Steps: Step[] }).Steps;

@Pipeline({ name: "P", region: "eu-west-1", bucket: "b" })
class FromParameter {
  packageArn = param.string("PackageArn", arn);
  @ModelStep() churn() {
    return modelPackage({ modelPackageArn: this.packageArn, role, enableNetworkIsolation: true }).create();
  }
  @Transform() score() {
    return transformer({ modelName: this.churn().modelName, instanceCount: 1, instanceType: "ml.m5.large", outputPath: "s3://b/out" }).transform({ data: "s3://b/in" });
  }
}

t("a pipeline parameter as the ARN; one container naming the package; network isolation when asked", () => {
  const [model, transform] = steps(FromParameter);
  assert.equal(model, {
    Name: "Churn-CreateModel",
    Type: "Model",
    Arguments: { ExecutionRoleArn: role, Containers: [{ ModelPackageName: { Get: "Parameters.PackageArn" } }], EnableNetworkIsolation: true },
  });
  assert.equal(transform!.Arguments.ModelName, { Get: "Steps.Churn-CreateModel.ModelName" });
});

@Pipeline({ name: "P", region: "eu-west-1", bucket: "b", definitionConfig: { useCustomJobPrefix: true } })
class Named {
  @ModelStep() churn() {
    return modelPackage({ modelPackageArn: arn, role, name: "churn-model", env: { A: param.integer("Workers", 2) } }).create();
  }
}

t("the model's name is kept only with useCustomJobPrefix; env takes pipeline variables", () => {
  assert.equal(steps(Named)[0]!.Arguments, {
    ModelName: "churn-model",
    ExecutionRoleArn: role,
    Containers: [{ ModelPackageName: arn, Environment: { A: { Get: "Parameters.Workers" } } }],
  });
});

const bad = (modelPackageArn: string) => {
  @Pipeline({ name: "P", region: "eu-west-1", bucket: "b" })
  class Bad {
    @ModelStep() churn() {
      return modelPackage({ modelPackageArn, role }).create();
    }
  }
  return Bad;
};

t("a package of another region is refused with the fix; a package name is kept as it is (SP944 checks names)", () => {
  assert.equal((steps(bad("churn"))[0]!.Arguments.Containers as object[])[0], { ModelPackageName: "churn" });
  assert.throws(() => steps(bad(arn.replace("eu-west-1", "us-east-1"))), /is in us-east-1, but the pipeline runs in eu-west-1/);
});

t.run();
