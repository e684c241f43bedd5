// Conformance case `step_order`: the SDK keeps the order of `Pipeline(steps=[...])` and does not
// sort topologically; sagepipe keeps the order the step methods are declared in. Evaluate reads
// Train's model, Train reads Preprocess's output, Audit stands alone: declared (like the SDK's
// list) as Evaluate, Train, Audit, Preprocess. Property references add no DependsOn.
import { Pipeline, Processing, Training, estimator, param, processor } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest";
const proc = () => processor({ role, image, instanceCount: 1, instanceType: "ml.m5.xlarge" });

@Pipeline({ name: "StepOrderPipeline", region: "us-east-1", bucket: "my-bucket" })
export class StepOrderPipeline {
  rawData = param.string("RawData", "s3://my-bucket/order/raw");

  @Processing({ name: "Evaluate" })
  evaluate() {
    return proc().run({
      inputs: [{ source: this.train().modelArtifacts, destination: "/opt/ml/processing/model" }],
      outputs: { report: "/opt/ml/processing/report" },
    });
  }

  @Training({ name: "Train" })
  train() {
    return estimator({ image, role, instanceCount: 1, instanceType: "ml.m5.xlarge", outputPath: "s3://my-bucket/order/models" })
      .fit({ train: this.preprocess().outputs.train });
  }

  @Processing({ name: "Audit" })
  audit() {
    return proc().run({ arguments: ["--check", "permissions"] });
  }

  @Processing({ name: "Preprocess" })
  preprocess() {
    return proc().run({
      inputs: [{ source: this.rawData, destination: "/opt/ml/processing/input" }],
      outputs: { train: "/opt/ml/processing/train" },
    });
  }
}
