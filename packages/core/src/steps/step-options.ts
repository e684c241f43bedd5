import type { StepArgs } from "./step-args.ts";

/** A retry policy on a step: SageMaker service faults (`Step.*`) or job failures (`SageMaker.*`). */
export interface RetryPolicy {
  /** Exception types, e.g. "Step.SERVICE_FAULT", "SageMaker.JOB_INTERNAL_ERROR". */
  readonly exceptionTypes: readonly string[];
  /** @default 1 */
  readonly intervalSeconds?: number;
  /** @default 2.0 */
  readonly backoffRate?: number;
  /** Give up after this many attempts (exclusive with expireAfterMinutes). */
  readonly maxAttempts?: number;
  /** Give up after this many minutes (exclusive with maxAttempts). */
  readonly expireAfterMinutes?: number;
}

/** Step caching. */
export interface CacheConfig {
  readonly enabled: boolean;
  /** ISO 8601 duration, e.g. "P1D", "PT12H". */
  readonly expireAfter?: string;
}

/** Something a step may depend on: a step method (`self.process`) or a step it returned (`self.process()`). */
export type DependencyTarget = StepArgs | (() => StepArgs);

/** Options every step decorator takes. `Self` is the pipeline class. */
export interface StepOptions<Self = any> {
  /** The step's name. @default the method name in PascalCase */
  readonly name?: string;
  readonly displayName?: string;
  readonly description?: string;
  /** Steps that must finish first without a data dependency: `(self: MyPipeline) => [self.process]`. */
  readonly dependsOn?: (self: Self) => readonly DependencyTarget[];
  readonly cache?: CacheConfig;
  readonly retry?: readonly RetryPolicy[];
}

/** `RetryPolicies` as the definition holds them. */
export function renderRetryPolicies(policies: readonly RetryPolicy[]): object[] {
  return policies.map((p) => {
    const out: Record<string, unknown> = { BackoffRate: p.backoffRate ?? 2.0, IntervalSeconds: p.intervalSeconds ?? 1 };
    if (p.maxAttempts !== undefined) out.MaxAttempts = p.maxAttempts;
    if (p.expireAfterMinutes !== undefined) out.ExpireAfterMin = p.expireAfterMinutes;
    out.ExceptionType = [...p.exceptionTypes];
    return out;
  });
}

/** `CacheConfig` as the definition holds it. */
export function renderCacheConfig(c: CacheConfig): object {
  return c.expireAfter !== undefined ? { Enabled: c.enabled, ExpireAfter: c.expireAfter } : { Enabled: c.enabled };
}
