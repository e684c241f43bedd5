// Conformance case `lambda_step`: an existing function, inputs mixing literals, a parameter
// and an execution variable, outputs of all four types (typed: `score` is a number, `ok` a
// boolean), cache config, and outputs read by a condition and by a processing step's
// arguments and environment (the Integer output turned into text explicitly with str``).
import { Condition, ExecutionVariables, Lambda, Pipeline, Processing, condition, eq, gt, lambdaFunction, param, processor, str } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";

@Pipeline({ name: "LambdaStepPipeline", region: "us-east-1", bucket: "my-bucket" })
export class LambdaStepPipeline {
  modelName = param.string("ModelName", "my-model");

  @Lambda({ name: "CallLambda", displayName: "Call my lambda", description: "invokes an existing function", cache: { enabled: true, expireAfter: "PT1H" } })
  callLambda() {
    return lambdaFunction({ functionArn: "arn:aws:lambda:us-east-1:123456789012:function:my-function" }).invoke({
      inputs: { model_name: this.modelName, execution: ExecutionVariables.PipelineExecutionArn, threshold: 0.5, retries: 3, flag: true },
      outputs: { status: "String", count: "Integer", ok: "Boolean", score: "Float" },
    });
  }

  @Processing({ name: "UseLambdaOutput" })
  useOutput() {
    return processor({
      role,
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest",
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
      env: { STATUS: this.callLambda().outputs.status },
    }).run({ arguments: ["--count", str`${this.callLambda().outputs.count}`] });
  }

  @Condition({ name: "CheckLambda" })
  check() {
    return condition({
      conditions: [eq(this.callLambda().outputs.ok, true), gt(this.callLambda().outputs.score, 0.9)],
      ifSteps: [this.useOutput()],
      elseSteps: [],
    });
  }
}
