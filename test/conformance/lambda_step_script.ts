// Conformance case `lambda_step_script`: a Lambda step whose function the pipeline defines from a
// local script (name, script, handler, role, runtime, timeout, memory). The SDK creates the function
// (CreateFunction, or UpdateFunctionCode when it exists) inside every definition() call; sagepipe's
// build calls nothing: it computes the ARN Lambda gives the function (region of the pipeline,
// account of the role) and records the function in the build, and `sagepipe deploy` creates or
// updates it before the pipeline.
import { ExecutionVariables, Lambda, Pipeline, lambdaFunction, param } from "@sagepipe/core";

@Pipeline({ name: "LambdaScriptPipeline", region: "us-east-1", bucket: "my-bucket" })
export class LambdaScriptPipeline {
  threshold = param.float("Threshold", 0.8);

  @Lambda({ name: "ThresholdCheck" })
  thresholdCheck() {
    return lambdaFunction({
      functionName: "threshold-check",
      executionRoleArn: "arn:aws:iam::123456789012:role/LambdaExecutionRole",
      script: "scripts/lambda/threshold_check.py",
      handler: "threshold_check.lambda_handler",
      runtime: "python3.12",
      timeout: 60,
      memorySize: 256,
    }).invoke({
      inputs: { threshold: this.threshold, score: 0.9, execution_id: ExecutionVariables.PipelineExecutionId },
      outputs: { decision: "String", checked: "Integer" },
    });
  }
}
