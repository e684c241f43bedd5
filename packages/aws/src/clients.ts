import { LambdaClient } from "@aws-sdk/client-lambda";
import { S3Client } from "@aws-sdk/client-s3";
import { SageMakerClient } from "@aws-sdk/client-sagemaker";
import { AwsError } from "./aws-error.ts";
import { checkEndpointUrl, resolveEndpoints } from "./endpoints.ts";

/** The SDK clients every operation takes; build them with {@link createAwsClients} or pass your own. */
export interface AwsClients {
  readonly sagemaker: SageMakerClient;
  readonly s3: S3Client;
  /** For Lambda functions a build defines (created or updated by deploy). @default made on first use with the same settings */
  readonly lambda?: LambdaClient;
}

/** How to reach AWS. Credentials always come from the SDK's standard chain (env, profiles, SSO, IMDS). */
export interface AwsClientOptions {
  /** AWS region. @default the SDK's chain (AWS_REGION, then the profile's region) */
  readonly region?: string;
  /** Named profile from ~/.aws/config. @default AWS_PROFILE, then `default` */
  readonly profile?: string;
  /** One endpoint URL for both services (a SageMaker-compatible server). @default AWS_ENDPOINT_URL_* / AWS_ENDPOINT_URL, else AWS */
  readonly endpointUrl?: string;
  /** Environment to read endpoint variables from. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Attempts per call, retries included (standard retry strategy). @default AWS_MAX_ATTEMPTS, else 3 */
  readonly maxAttempts?: number;
}

/**
 * Builds the SageMaker and S3 clients. With an overridden endpoint, S3 uses path-style
 * addressing and checksums only where required, which S3-compatible servers expect.
 */
export function createAwsClients(options: AwsClientOptions = {}): AwsClients {
  const env = options.env ?? process.env;
  if (options.endpointUrl) {
    const problems = checkEndpointUrl(options.endpointUrl, "--endpoint-url");
    if (problems.length) throw new AwsError("Configure", problems.join("\n"));
  }
  const endpoints = resolveEndpoints(env, options.endpointUrl);
  const common = {
    ...(options.region ? { region: options.region } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
  };
  const sagemaker = new SageMakerClient({
    ...common,
    ...(endpoints.sagemaker ? { endpoint: endpoints.sagemaker } : {}),
  });
  const s3 = new S3Client({
    ...common,
    ...(endpoints.s3
      ? {
          endpoint: endpoints.s3,
          forcePathStyle: true,
          requestChecksumCalculation: "WHEN_REQUIRED" as const,
          responseChecksumValidation: "WHEN_REQUIRED" as const,
        }
      : {}),
  });
  // Lambda follows the SageMaker endpoint override (a SageMaker-compatible server usually serves both),
  // unless AWS_ENDPOINT_URL_LAMBDA names its own.
  const lambdaEndpoint = options.endpointUrl ?? (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.toLowerCase() === "true" ? undefined : env.AWS_ENDPOINT_URL_LAMBDA?.trim() || endpoints.sagemaker);
  const lambda = new LambdaClient({ ...common, ...(lambdaEndpoint ? { endpoint: lambdaEndpoint } : {}) });
  return { sagemaker, s3, lambda };
}
