// Conformance case `execution_variables`: all eight execution variables, as values
// ({Get: Execution.X}) and inside joins (an output destination and a job argument).
import { ExecutionVariables as EV, Pipeline, Processing, join, processor } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";

@Pipeline({ name: "ExecutionVariablesPipeline", region: "us-east-1", bucket: "my-bucket" })
export class ExecutionVariablesPipeline {
  @Processing({ name: "ExecVarsProcess" })
  process() {
    return processor({
      role,
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest",
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
      entrypoint: ["python3", "/opt/program/run.py"],
      env: {
        START: EV.StartDateTime,
        NOW: EV.CurrentDateTime,
        PIPELINE_NAME: EV.PipelineName,
        PIPELINE_ARN: EV.PipelineArn,
        EXECUTION_ID: EV.PipelineExecutionId,
        EXECUTION_ARN: EV.PipelineExecutionArn,
        TRAINING_JOB_NAME: EV.TrainingJobName,
        PROCESSING_JOB_NAME: EV.ProcessingJobName,
      },
    }).run({
      outputs: {
        out: { source: "/opt/ml/processing/out", destination: join("/", ["s3://my-bucket", EV.PipelineName, EV.PipelineExecutionId, "out"]) },
      },
      arguments: ["--started", EV.StartDateTime, "--tag", join("-", ["run", EV.PipelineExecutionId])],
    });
  }
}
