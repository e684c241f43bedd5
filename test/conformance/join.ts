// Conformance case `join`: Std:Join with the default separator (str`...`), custom separators,
// mixed value types (text, numbers, booleans, parameters, execution variables, step
// properties, a nested join), as an output destination, training input, env value and
// fail message.
import { ExecutionVariables, Fail, Pipeline, Processing, Training, estimator, fail, join, param, processor, str } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";

@Pipeline({ name: "JoinPipeline", region: "us-east-1", bucket: "my-bucket" })
export class JoinPipeline {
  prefix = param.string("Prefix", "experiments");
  version = param.integer("Version", 3);

  @Processing({ name: "Prep" })
  prep() {
    return processor({
      role,
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest",
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
      env: { TAG: str`v${this.version}` },
    }).run({
      outputs: {
        data: {
          source: "/opt/ml/processing/data",
          destination: join("/", ["s3://my-bucket", this.prefix, ExecutionVariables.PipelineExecutionId, "data"]),
        },
      },
      arguments: ["--mixed", join(",", ["a", 1, 2.5, true, this.prefix])],
    });
  }

  @Training({ name: "Train" })
  train() {
    return estimator({
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-trainer:latest",
      role,
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
      outputPath: join("/", ["s3://my-bucket", this.prefix, "models"]),
    }).fit({
      train: { s3Data: join("/", [this.prep().outputs.data, join("_", ["part", this.version])]) },
    });
  }

  @Fail({ name: "AlwaysFail" })
  alwaysFail() {
    return fail(join(" ", ["Model", this.train().modelArtifacts, "rejected"]));
  }
}
