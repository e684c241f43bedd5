// Test support: Lambda behind aws-sdk-client-mock. Never used outside tests.
import { CreateFunctionCommand, UpdateFunctionCodeCommand } from "@aws-sdk/client-lambda";
import { awsError, type MockedAws } from "./mock-aws.ts";

/**
 * Gives the mocked Lambda client CreateFunction / UpdateFunctionCode: functions named in
 * `existing` make CreateFunction fail with ResourceConflictException (as Lambda does); every
 * function's ARN is `arn:aws:lambda:<region>:<account>:function:<name>`.
 */
export function installFakeLambda(aws: MockedAws, options: { readonly existing?: readonly string[]; readonly region?: string; readonly account?: string } = {}): void {
  const arn = (name: string) => `arn:aws:lambda:${options.region ?? "us-east-1"}:${options.account ?? "123456789012"}:function:${name}`;
  const existing = new Set(options.existing ?? []);
  aws.lambda.on(CreateFunctionCommand).callsFake((input: { FunctionName: string }) => {
    if (existing.has(input.FunctionName)) throw awsError("ResourceConflictException", `Function already exist: ${input.FunctionName}`, 409);
    existing.add(input.FunctionName);
    return { FunctionName: input.FunctionName, FunctionArn: arn(input.FunctionName) };
  });
  aws.lambda.on(UpdateFunctionCodeCommand).callsFake((input: { FunctionName: string }) => ({ FunctionName: input.FunctionName, FunctionArn: arn(input.FunctionName) }));
}
