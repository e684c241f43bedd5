import { StepError } from "./render-context.ts";

/** Faults of the pipeline service itself (SDK `StepExceptionTypeEnum`). */
export type StepExceptionType = "Step.SERVICE_FAULT" | "Step.THROTTLING";

/**
 * Failures of a SageMaker job (SDK `SageMakerJobExceptionTypeEnum`): errors creating the job
 * and the job's failure reasons alike.
 */
export type SageMakerJobExceptionType = "SageMaker.JOB_INTERNAL_ERROR" | "SageMaker.CAPACITY_ERROR" | "SageMaker.RESOURCE_LIMIT";

/** Anything a retry policy can match. */
export type RetryExceptionType = StepExceptionType | SageMakerJobExceptionType;

/**
 * A retry policy on a step (SDK `StepRetryPolicy` / `SageMakerJobStepRetryPolicy`): which
 * failures to retry, how long to wait and when to give up.
 */
export interface RetryPolicy {
  /** The failures to retry, e.g. ["Step.SERVICE_FAULT"] or ["SageMaker.CAPACITY_ERROR"]. */
  readonly exceptionTypes: readonly RetryExceptionType[];
  /** Seconds before the first retry; `null` leaves IntervalSeconds out of the definition (SageMaker then waits 1). @default 1 */
  readonly intervalSeconds?: number | null;
  /** Multiplier of the interval after each attempt; `null` leaves BackoffRate out of the definition (SageMaker then uses 2.0). @default 2.0 */
  readonly backoffRate?: number | null;
  /** Give up after this many attempts, 1 to 20 (not with expireAfterMinutes). @default none */
  readonly maxAttempts?: number;
  /** Give up after this many minutes, 0 to 14400 (not with maxAttempts). @default none */
  readonly expireAfterMinutes?: number;
}

const MAX_ATTEMPTS = 20;
const MAX_EXPIRE_AFTER_MINUTES = 14400;
const KNOWN: ReadonlySet<string> = new Set<RetryExceptionType>([
  "Step.SERVICE_FAULT", "Step.THROTTLING", "SageMaker.JOB_INTERNAL_ERROR", "SageMaker.CAPACITY_ERROR", "SageMaker.RESOURCE_LIMIT",
]);

function isWholeIn(n: number, min: number, max: number): boolean {
  return Number.isInteger(n) && n >= min && n <= max;
}

/** What is wrong with one policy (empty when nothing is); `where` names it, e.g. "retry[1]". */
export function retryPolicyProblems(p: RetryPolicy, where: string): string[] {
  const problems: string[] = [];
  if (p.exceptionTypes.length === 0) problems.push(`${where}.exceptionTypes is empty: list the failures to retry, e.g. ["Step.SERVICE_FAULT"].`);
  for (const t of p.exceptionTypes) {
    if (!KNOWN.has(t)) problems.push(`${where}.exceptionTypes has '${t}', which SageMaker does not know: use one of ${[...KNOWN].join(", ")}.`);
  }
  if (p.maxAttempts !== undefined && p.expireAfterMinutes !== undefined) {
    problems.push(`${where} sets both maxAttempts and expireAfterMinutes: keep one of them.`);
  }
  if (p.maxAttempts !== undefined && !isWholeIn(p.maxAttempts, 1, MAX_ATTEMPTS)) {
    problems.push(`${where}.maxAttempts is ${p.maxAttempts}: give a whole number from 1 to ${MAX_ATTEMPTS}.`);
  }
  if (p.expireAfterMinutes !== undefined && !isWholeIn(p.expireAfterMinutes, 0, MAX_EXPIRE_AFTER_MINUTES)) {
    problems.push(`${where}.expireAfterMinutes is ${p.expireAfterMinutes}: give a whole number from 0 to ${MAX_EXPIRE_AFTER_MINUTES}.`);
  }
  if (p.intervalSeconds != null && !isWholeIn(p.intervalSeconds, 0, Number.MAX_SAFE_INTEGER)) {
    problems.push(`${where}.intervalSeconds is ${p.intervalSeconds}: give a whole number of seconds, 0 or more.`);
  }
  if (p.backoffRate != null && !(p.backoffRate >= 0 && Number.isFinite(p.backoffRate))) {
    problems.push(`${where}.backoffRate is ${p.backoffRate}: give a number, 0 or more.`);
  }
  return problems;
}

/** `RetryPolicies` as the definition holds them, in the SDK's key order; throws a StepError listing every problem. */
export function renderRetryPolicies(policies: readonly RetryPolicy[], stepName: string): object[] {
  const problems = policies.flatMap((p, i) => retryPolicyProblems(p, `retry[${i}]`));
  if (problems.length) throw new StepError(`Step ${stepName}: its retry policies are not valid:\n  - ${problems.join("\n  - ")}`);
  return policies.map((p) => {
    const out: Record<string, unknown> = {};
    if (p.backoffRate !== null) out.BackoffRate = p.backoffRate ?? 2.0;
    if (p.intervalSeconds !== null) out.IntervalSeconds = p.intervalSeconds ?? 1;
    if (p.maxAttempts !== undefined) out.MaxAttempts = p.maxAttempts;
    if (p.expireAfterMinutes !== undefined) out.ExpireAfterMin = p.expireAfterMinutes;
    out.ExceptionType = [...p.exceptionTypes];
    return out;
  });
}
