import { AwsError } from "./aws-error.ts";

/** What the caller knows about a call, used to make its failure message specific. */
export interface CallContext {
  /** The AWS operation, e.g. `DescribePipeline`. */
  readonly operation: string;
  /** The IAM action the call needs, e.g. `sagemaker:DescribePipeline`. @default derived from the operation */
  readonly action?: string;
  /** What the call was about, e.g. `pipeline 'Abalone'`. @default none */
  readonly subject?: string;
  /** What to do when the subject does not exist. @default a generic hint */
  readonly notFoundHint?: string;
}

interface ErrorFacts {
  readonly name: string;
  readonly message: string;
  readonly status: number | undefined;
  readonly errno: string | undefined;
}

/** Reads the parts of an SDK (or network) error that matter, without touching its credentials. */
function factsOf(error: unknown): ErrorFacts {
  const e = (error ?? {}) as {
    name?: unknown; message?: unknown; code?: unknown; Code?: unknown;
    $metadata?: { httpStatusCode?: unknown };
  };
  const name = typeof e.name === "string" ? e.name : typeof e.Code === "string" ? e.Code : "Error";
  const message = typeof e.message === "string" ? oneLine(e.message) : String(error);
  const status = typeof e.$metadata?.httpStatusCode === "number" ? e.$metadata.httpStatusCode : undefined;
  const errno = typeof e.code === "string" ? e.code : undefined;
  return { name, message, status, errno };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Ends a message with a full stop unless it already ends a sentence. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

const ACCESS_DENIED = new Set(["AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "Forbidden"]);
const BAD_CREDENTIALS = new Set([
  "InvalidClientTokenId", "UnrecognizedClientException", "InvalidSignatureException",
  "SignatureDoesNotMatch", "InvalidAccessKeyId", "IncompleteSignature",
]);
const EXPIRED = new Set(["ExpiredToken", "ExpiredTokenException", "TokenRefreshRequired"]);
const THROTTLED = new Set(["ThrottlingException", "Throttling", "TooManyRequestsException", "SlowDown", "RequestLimitExceeded"]);
const NOT_FOUND = new Set(["ResourceNotFound", "ResourceNotFoundException", "NotFound", "NoSuchKey"]);
const NETWORK = new Set(["ECONNREFUSED", "ENOTFOUND", "ECONNRESET", "ETIMEDOUT", "EAI_AGAIN", "EHOSTUNREACH"]);

/** True when the error says the thing asked about does not exist (SageMaker or S3). */
export function isNotFound(error: unknown): boolean {
  const f = factsOf(error);
  if (NOT_FOUND.has(f.name)) return true;
  if (f.status === 404 && f.name !== "NoSuchBucket") return true;
  // Some SageMaker-compatible servers answer a missing pipeline with a ValidationException.
  return f.name === "ValidationException" && /(does not exist|could not find|not found)/i.test(f.message);
}

function defaultAction(operation: string): string {
  return `sagemaker:${operation}`;
}

/**
 * Turns any error from an AWS call into one clear line: `<Operation> <subject>: <what>. <what to do>`.
 * Secrets never appear: only the error's name, message and HTTP status are read.
 */
export function describeAwsError(error: unknown, context: CallContext): AwsError {
  const f = factsOf(error);
  const where = context.subject ? `${context.operation} (${context.subject})` : context.operation;
  const say = (what: string, todo: string) => new AwsError(context.operation, `${where}: ${what} ${todo}`, f.name);

  if (f.name === "CredentialsProviderError" || /could not load credentials/i.test(f.message)) {
    return say("no AWS credentials found.", "Set AWS_PROFILE (or pass --profile), set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run `aws sso login`.");
  }
  if (/region is missing/i.test(f.message)) {
    return say("no AWS region is configured.", "Set AWS_REGION, pass --region, or add `region` to your AWS profile.");
  }
  if (EXPIRED.has(f.name)) {
    return say("the AWS credentials have expired.", "Refresh them (for SSO: `aws sso login`) and retry.");
  }
  if (BAD_CREDENTIALS.has(f.name)) {
    return say(`AWS rejected the credentials (${f.name}).`, "Check AWS_PROFILE / AWS_ACCESS_KEY_ID, and that the region and endpoint belong to that account.");
  }
  if (ACCESS_DENIED.has(f.name) || (f.status === 403 && !BAD_CREDENTIALS.has(f.name))) {
    const action = context.action ?? defaultAction(context.operation);
    return say(`access denied${f.message && f.message !== f.name ? ` (${f.message})` : ""}.`, `Grant the caller ${action}, or use other credentials (--profile).`);
  }
  if (f.name === "NoSuchBucket") {
    return say(`the S3 bucket does not exist${f.message && f.message !== f.name ? ` (${f.message})` : ""}.`, "Create the bucket, or point the pipeline (or --bucket) at one that exists.");
  }
  if (isNotFound(error)) {
    const hint = context.notFoundHint ?? "Check the name and the region (--region).";
    return say(`not found${f.message && f.message !== f.name && f.message !== "UnknownError" ? ` (${f.message})` : ""}.`, hint);
  }
  if (f.name === "ValidationException" || f.name === "ValidationError") {
    return say(`SageMaker rejected the request: ${sentence(f.message)}`, "Fix the value it names and retry.");
  }
  if (THROTTLED.has(f.name)) {
    return say("still throttled after the SDK's retries.", "Wait a minute and retry, or raise AWS_MAX_ATTEMPTS.");
  }
  if (f.name === "ResourceLimitExceeded") {
    return say(`an account limit was reached: ${sentence(f.message)}`, "Delete unused resources or ask AWS for a quota increase.");
  }
  if (f.name === "ConflictException" || f.name === "ResourceInUse") {
    return say(`conflicts with a change in progress: ${sentence(f.message)}`, "Wait for it to finish and retry.");
  }
  if (f.name === "SyntaxError" || /deserialization error/i.test(f.message)) {
    return say(
      `the endpoint answered${f.status ? ` HTTP ${f.status}` : ""} with something that is not an AWS response.`,
      `If you set --endpoint-url or AWS_ENDPOINT_URL, that server may not implement ${context.operation}; otherwise retry, and report it if it persists.`,
    );
  }
  if ((f.errno && NETWORK.has(f.errno)) || f.name === "TimeoutError") {
    return say(`could not reach the AWS endpoint (${f.errno ?? f.name}: ${f.message}).`, "Check your network, and --endpoint-url / AWS_ENDPOINT_URL if you set one.");
  }
  return say(`failed with ${f.name}: ${sentence(f.message)}`, "If this persists, rerun with SAGEPIPE_DEBUG=1 and report it.");
}

/** Runs one AWS call and turns its failure into an {@link AwsError} that says what to do. */
export async function callAws<T>(context: CallContext, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw describeAwsError(error, context);
  }
}
