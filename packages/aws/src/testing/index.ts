// Test support for @sagepipe/aws and the CLI commands built on it: stubbed SDK clients
// (aws-sdk-client-mock) and an in-memory SageMaker + S3. Import as `@sagepipe/aws/testing`,
// from tests only.
export { mockAws, sent, ops, awsError, type MockedAws, type AnyStub, type SentCommand } from "./mock-aws.ts";
export { installFakeSageMaker, type FakeState } from "./fake-sagemaker.ts";
export { ensureBucket } from "./ensure-bucket.ts";
export { s3Holding } from "./s3-holding.ts";
/** The SDK's SageMaker module, for tests in packages that do not depend on it (command classes for stubs). */
export * as sagemakerSdk from "@aws-sdk/client-sagemaker";
/** The SDK's S3 module, for stubbing S3 commands (GetObject) in tests of packages that do not depend on it. */
export * as s3Sdk from "@aws-sdk/client-s3";
export { installFakeLambda } from "./fake-lambda.ts";
