import { suite } from "uvu";
import * as assert from "uvu/assert";
import { callAws, describeAwsError, isNotFound } from "./describe-aws-error.ts";
import { awsError } from "./testing/mock-aws.ts";

const t = suite("describeAwsError");
const ctx = { operation: "DescribePipeline", subject: "pipeline 'Demo'" };

function message(error: unknown, context: Parameters<typeof describeAwsError>[1] = ctx): string {
  return describeAwsError(error, context).message;
}

t("a missing pipeline says so and what to do", () => {
  assert.equal(
    message(awsError("ResourceNotFound", "Pipeline 'arn:x' does not exist."), { ...ctx, notFoundHint: "Deploy it first." }),
    "DescribePipeline (pipeline 'Demo'): not found (Pipeline 'arn:x' does not exist.). Deploy it first.",
  );
});

t("a missing permission names the IAM action to grant", () => {
  const m = message(awsError("AccessDeniedException", "not authorized", 403));
  assert.equal(m, "DescribePipeline (pipeline 'Demo'): access denied (not authorized). Grant the caller sagemaker:DescribePipeline, or use other credentials (--profile).");
  assert.match(message(awsError("Forbidden", "Forbidden", 403), { operation: "HeadObject", action: "s3:GetObject" }), "Grant the caller s3:GetObject");
});

t("SageMaker's validation message is passed on in one line", () => {
  const m = message(awsError("ValidationException", "Step  'Train'\nhas an invalid\targument."), { operation: "CreatePipeline" });
  assert.equal(m, "CreatePipeline: SageMaker rejected the request: Step 'Train' has an invalid argument. Fix the value it names and retry.");
});

t("credentials and region problems say how to configure them", () => {
  assert.match(message(Object.assign(new Error("Could not load credentials from any providers"), { name: "CredentialsProviderError" })), "no AWS credentials found. Set AWS_PROFILE");
  assert.match(message(new Error("Region is missing")), "no AWS region is configured. Set AWS_REGION, pass --region");
  assert.match(message(awsError("ExpiredTokenException", "The security token included in the request is expired")), "have expired. Refresh them");
  assert.match(message(awsError("UnrecognizedClientException", "The security token included in the request is invalid.")), "AWS rejected the credentials (UnrecognizedClientException)");
});

t("throttling, limits, conflicts, network failures and the unknown each get their own advice", () => {
  assert.match(message(awsError("ThrottlingException", "Rate exceeded")), "still throttled after the SDK's retries. Wait a minute and retry, or raise AWS_MAX_ATTEMPTS.");
  assert.match(message(awsError("ResourceLimitExceeded", "too many pipelines")), "an account limit was reached: too many pipelines");
  assert.match(message(awsError("ConflictException", "busy")), "conflicts with a change in progress: busy. Wait for it to finish");
  assert.match(message(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5000"), { code: "ECONNREFUSED" })), "could not reach the AWS endpoint (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:5000). Check your network, and --endpoint-url");
  assert.equal(message(awsError("WeirdError", "odd")), "DescribePipeline (pipeline 'Demo'): failed with WeirdError: odd. If this persists, rerun with SAGEPIPE_DEBUG=1 and report it.");
  assert.match(message(awsError("NoSuchBucket", "The specified bucket does not exist", 404), { operation: "PutObject" }), "PutObject: the S3 bucket does not exist");
});

t("an answer that is not an AWS response points at the endpoint override", () => {
  const error = Object.assign(new SyntaxError(`Unexpected token '<', "<!doctype "... is not valid JSON\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.`), { $metadata: { httpStatusCode: 500 } });
  assert.equal(
    message(error, { operation: "StopPipelineExecution" }),
    "StopPipelineExecution: the endpoint answered HTTP 500 with something that is not an AWS response. If you set --endpoint-url or AWS_ENDPOINT_URL, that server may not implement StopPipelineExecution; otherwise retry, and report it if it persists.",
  );
});

t("errors carry exit code 1 and the operation, so the CLI prints the message alone", () => {
  const e = describeAwsError(awsError("ValidationException", "bad"), { operation: "UpdatePipeline" });
  assert.equal(e.exitCode, 1);
  assert.equal(e.operation, "UpdatePipeline");
  assert.equal(e.code, "ValidationException");
});

t("a message never includes the secret key of the credentials in use", () => {
  const error = Object.assign(awsError("InvalidSignatureException", "signature mismatch", 403), { credentials: { secretAccessKey: "SECRET123" } });
  assert.not.match(message(error), "SECRET123");
});

t("not-found is recognised from SageMaker, S3 404s and compatible servers' ValidationExceptions", () => {
  assert.ok(isNotFound(awsError("ResourceNotFound", "x")));
  assert.ok(isNotFound(awsError("NotFound", "UnknownError", 404)));
  assert.ok(isNotFound(awsError("ValidationException", "Could not find pipeline with PipelineName X.")));
  assert.not.ok(isNotFound(awsError("ValidationException", "bad value")));
  assert.not.ok(isNotFound(awsError("NoSuchBucket", "no bucket", 404)));
});

t("callAws passes results through and describes failures", async () => {
  assert.equal(await callAws(ctx, async () => 42), 42);
  try {
    await callAws(ctx, async () => {
      throw awsError("ResourceNotFound", "gone");
    });
    assert.unreachable();
  } catch (e) {
    assert.match((e as Error).message, "DescribePipeline (pipeline 'Demo'): not found (gone).");
  }
});

t.run();
