import { createAwsClients, type AwsClientOptions, type AwsClients } from "@sagepipe/aws";
import type { CommandIO } from "../command.ts";

/** The flags every AWS command takes. */
export const AWS_FLAGS = {
  region: { type: "string" },
  profile: { type: "string" },
  "endpoint-url": { type: "string" },
} as const;

/** Their parsed values. */
export interface AwsFlagValues {
  readonly region?: string;
  readonly profile?: string;
  readonly "endpoint-url"?: string;
}

/** Their usage text, appended to each AWS command's usage. */
export const AWS_FLAGS_USAGE = [
  "AWS options (credentials always come from the standard chain: env, profile, SSO):",
  "  --region <name>        AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's region)",
  "  --profile <name>       named profile from ~/.aws/config (default: AWS_PROFILE)",
  "  --endpoint-url <url>   a SageMaker-compatible server for SageMaker and S3 calls",
  "                         (default: AWS_ENDPOINT_URL_SAGEMAKER / AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL)",
].join("\n");

/** How a command gets its AWS clients; tests pass stubbed ones. */
export type Connect = (options: AwsClientOptions) => AwsClients;

/** The real clients. The SDK's Node-version notice is turned off unless the user set the variable. */
export const connectToAws: Connect = (options) => {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  return createAwsClients(options);
};

/** Client options from the AWS flags and the environment (AWS_DEFAULT_REGION is honoured too). */
export function awsOptionsFrom(values: AwsFlagValues, io: CommandIO): AwsClientOptions {
  const region = values.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
  return {
    env: io.env,
    ...(region ? { region } : {}),
    ...(values.profile ? { profile: values.profile } : {}),
    ...(values["endpoint-url"] ? { endpointUrl: values["endpoint-url"] } : {}),
  };
}
