/** Endpoint overrides for the two services sagepipe talks to. */
export interface ResolvedEndpoints {
  /** SageMaker endpoint URL, or undefined for the SDK's own resolution. */
  readonly sagemaker: string | undefined;
  /** S3 endpoint URL, or undefined for the SDK's own resolution. */
  readonly s3: string | undefined;
}

/**
 * Picks each service's endpoint the way the AWS SDKs do, so sagepipe can also force S3
 * path-style addressing when one is overridden: an explicit `--endpoint-url` wins, then
 * `AWS_ENDPOINT_URL_<SERVICE>`, then `AWS_ENDPOINT_URL`; `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`
 * turns the environment variables off.
 */
export function resolveEndpoints(env: NodeJS.ProcessEnv, endpointUrl?: string): ResolvedEndpoints {
  if (endpointUrl) return { sagemaker: endpointUrl, s3: endpointUrl };
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.toLowerCase() === "true") return { sagemaker: undefined, s3: undefined };
  const any = nonEmpty(env.AWS_ENDPOINT_URL);
  return {
    sagemaker: nonEmpty(env.AWS_ENDPOINT_URL_SAGEMAKER) ?? any,
    s3: nonEmpty(env.AWS_ENDPOINT_URL_S3) ?? any,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() ? value.trim() : undefined;
}

/** Problems with an endpoint URL (empty when it is a usable http(s) URL). */
export function checkEndpointUrl(url: string, where: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [`${where}: '${url}' is not a URL. Use a full URL such as http://localhost:5000.`];
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return [`${where}: '${url}' must start with http:// or https://.`];
  }
  return [];
}
