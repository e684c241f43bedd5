// Conformance case `retry_and_cache`: step caching (on with an expiry, off) and retry policies
// (service faults and throttling with attempts or an expiry, SageMaker job errors and failure
// reasons) on processing, training and transform steps, and on a model step by part: the
// register step's policies and its repack step's.
import {
  ModelStep, Pipeline, Processing, Training, Transform,
  estimator, model, processor, transformer, type RetryPolicy,
} from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest";

const stepRetry: RetryPolicy = { exceptionTypes: ["Step.SERVICE_FAULT", "Step.THROTTLING"], backoffRate: 1.5, intervalSeconds: 5, maxAttempts: 4 };
const stepRetryExpire: RetryPolicy = { exceptionTypes: ["Step.THROTTLING"], expireAfterMinutes: 60 };
const jobRetry: RetryPolicy = { exceptionTypes: ["SageMaker.JOB_INTERNAL_ERROR", "SageMaker.CAPACITY_ERROR"], maxAttempts: 3 };
const jobRetryReason: RetryPolicy = { exceptionTypes: ["SageMaker.RESOURCE_LIMIT"], intervalSeconds: 30, expireAfterMinutes: 120 };

@Pipeline({ name: "RetryCachePipeline", region: "us-east-1", bucket: "my-bucket" })
export class RetryCachePipeline {
  @Processing({ name: "CachedProcess", cache: { enabled: true, expireAfter: "P1D" }, retry: [stepRetry, jobRetry] })
  process() {
    return processor({ role, image, instanceCount: 1, instanceType: "ml.m5.xlarge" }).run({});
  }

  @Training({ name: "RetriedTrain", cache: { enabled: false }, retry: [stepRetryExpire, jobRetryReason] })
  train() {
    return estimator({ image, role, instanceCount: 1, instanceType: "ml.m5.xlarge", outputPath: "s3://my-bucket/out" }).fit({
      train: { s3Data: "s3://my-bucket/train" },
    });
  }

  @ModelStep({ name: "RetriedModel", retry: { register: [stepRetry], repack: [jobRetry] } })
  register() {
    return model({ image, modelData: this.train().modelArtifacts, role, entryPoint: "inference.py", sourceDir: "scripts/inference" }).register({
      contentTypes: ["text/csv"],
      responseTypes: ["text/csv"],
      inferenceInstances: ["ml.m5.xlarge"],
      transformInstances: ["ml.m5.xlarge"],
      modelPackageGroupName: "RetryGroup",
    });
  }

  @Transform({ name: "RetriedTransform", cache: { enabled: true, expireAfter: "PT12H" }, retry: [jobRetry] })
  transform() {
    return transformer({
      modelName: "existing-model",
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
      baseJobName: "retried-transform",
      outputPath: "s3://my-bucket/transform",
    }).transform({ data: "s3://my-bucket/batch" });
  }
}
