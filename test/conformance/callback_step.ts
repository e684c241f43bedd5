// Conformance case `callback_step`: an SQS queue, inputs mixing literals, a parameter and a
// step property, outputs of all four types (an environment takes any of them, as text at run
// time) read downstream, depends-on, display name, description and cache config.
import { Callback, Pipeline, Processing, callback, param, processor } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest";

@Pipeline({ name: "CallbackStepPipeline", region: "us-east-1", bucket: "my-bucket" })
export class CallbackStepPipeline {
  dataset = param.string("Dataset", "s3://my-bucket/data");

  @Processing({ name: "Prep" })
  prep() {
    return processor({ role, image, instanceCount: 1, instanceType: "ml.m5.xlarge" }).run({});
  }

  @Callback({
    name: "ExternalJob",
    displayName: "External job",
    description: "waits for an external system",
    cache: { enabled: true, expireAfter: "P30D" },
    dependsOn: (self: CallbackStepPipeline) => [self.prep],
  })
  externalJob() {
    return callback({
      sqsQueueUrl: "https://sqs.us-east-1.amazonaws.com/123456789012/my-queue",
      inputs: { dataset: this.dataset, prep_job: this.prep().properties.ProcessingJobName, mode: "full", n: 3 },
      outputs: { job_id: "String", rows: "Integer", passed: "Boolean", score: "Float" },
    });
  }

  @Processing({ name: "UseCallbackOutput" })
  useOutput() {
    const job = this.externalJob();
    return processor({ role, image, instanceCount: 1, instanceType: "ml.m5.xlarge", env: { JOB_ID: job.outputs.job_id, ROWS: job.outputs.rows } }).run({});
  }
}
