import { StopPipelineExecutionCommand } from "@aws-sdk/client-sagemaker";
import type { AwsClients } from "./clients.ts";
import { callAws } from "./describe-aws-error.ts";

/** Asks SageMaker to stop a run; it moves to Stopping, then Stopped. */
export async function stopExecution(executionArn: string, options: { readonly clients: AwsClients }): Promise<void> {
  await callAws(
    { operation: "StopPipelineExecution", subject: executionArn, notFoundHint: "Check the ARN (see `sagepipe runs <pipeline>`) and the region (--region)." },
    () => options.clients.sagemaker.send(new StopPipelineExecutionCommand({ PipelineExecutionArn: executionArn })),
  );
}
