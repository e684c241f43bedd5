// Test support: SDK clients whose `send` is replaced by aws-sdk-client-mock stubs, and a
// record of what was sent. Never used outside tests.
import { LambdaClient } from "@aws-sdk/client-lambda";
import { S3Client } from "@aws-sdk/client-s3";
import { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { mockClient, type AwsStub } from "aws-sdk-client-mock";
import type { AwsClients } from "../clients.ts";

/** A stub for any client (the mock library's own types are per-client generics). */
export type AnyStub = AwsStub<any, any, any>;

/** Clients for tests, with their stubs. Credentials are fixed fakes; nothing leaves the process. */
export interface MockedAws {
  readonly clients: AwsClients;
  readonly sagemaker: AnyStub;
  readonly s3: AnyStub;
  readonly lambda: AnyStub;
}

const fakeCredentials = { accessKeyId: "AKIDTEST", secretAccessKey: "test-secret" };

/** New clients with stubbed `send` (no behaviour configured: every command resolves undefined). */
export function mockAws(region = "us-east-1"): MockedAws {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true"; // as the CLI does (newer SDK clients warn on Node 20)
  const sagemaker = new SageMakerClient({ region, credentials: fakeCredentials });
  const s3 = new S3Client({ region, credentials: fakeCredentials });
  const lambda = new LambdaClient({ region, credentials: fakeCredentials });
  return { clients: { sagemaker, s3, lambda }, sagemaker: mockClient(sagemaker), s3: mockClient(s3), lambda: mockClient(lambda) };
}

/** One command a stub received: its operation name (class name without `Command`) and input. */
export interface SentCommand {
  readonly op: string;
  readonly input: Record<string, unknown>;
}

/** Every command a stub received, in order. */
export function sent(stub: AnyStub): SentCommand[] {
  return stub.calls().map((call) => {
    const command = call.args[0] as { constructor: { name: string }; input: Record<string, unknown> };
    return { op: command.constructor.name.replace(/Command$/, ""), input: command.input };
  });
}

/** The operation names a stub received, in order. */
export function ops(stub: AnyStub): string[] {
  return sent(stub).map((c) => c.op);
}

/** An error shaped like the SDK's service exceptions (name, message, HTTP status). */
export function awsError(name: string, message: string, status = 400): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status }, $fault: "client" });
}
