// Conformance case `depends_on`: dependsOn on step methods (the SDK's by-name and by-step
// forms are one form here: a method of the class), on a model step (a step collection: the
// dependency names its `-RegisterModel` step), display names and descriptions, and a
// condition step with dependencies.
import { Condition, Fail, ModelStep, Pipeline, Processing, condition, eq, fail, model, processor } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest";
const proc = () => processor({ role, image, instanceCount: 1, instanceType: "ml.m5.xlarge" }).run({});

@Pipeline({ name: "DependsOnPipeline", region: "us-east-1", bucket: "my-bucket" })
export class DependsOnPipeline {
  @Processing({ displayName: "Step A", description: "first step" })
  a() {
    return proc();
  }

  @Processing<DependsOnPipeline>({ dependsOn: (self) => [self.a] })
  b() {
    return proc();
  }

  @Processing<DependsOnPipeline>({ dependsOn: (self) => [self.a, self.b] })
  c() {
    return proc();
  }

  @ModelStep<DependsOnPipeline>({ dependsOn: (self) => [self.c] })
  register() {
    return model({ image, modelData: "s3://my-bucket/model.tar.gz", role }).register({
      contentTypes: ["text/csv"],
      responseTypes: ["text/csv"],
      inferenceInstances: ["ml.m5.xlarge"],
      transformInstances: ["ml.m5.xlarge"],
      modelPackageGroupName: "DepGroup",
    });
  }

  @Processing<DependsOnPipeline>({ dependsOn: (self) => [self.register] })
  d() {
    return proc();
  }

  @Processing<DependsOnPipeline>({ dependsOn: (self) => [self.register, self.d] })
  e() {
    return proc();
  }

  @Fail()
  failed() {
    return fail("E did not complete");
  }

  @Condition<DependsOnPipeline>({ displayName: "Gate", description: "conditional gate", dependsOn: (self) => [self.d] })
  gate() {
    return condition({ conditions: [eq(this.e().properties.ProcessingJobStatus, "Completed")], ifSteps: [], elseSteps: [this.failed()] });
  }
}
