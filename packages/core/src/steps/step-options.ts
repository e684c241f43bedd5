import type { StepRetry } from "./model-step-retry.ts";
import type { RetryPolicy } from "./retry-policy.ts";
import type { StepArgs } from "./step-args.ts";

export type { RetryPolicy } from "./retry-policy.ts";

/** Step caching. */
export interface CacheConfig {
  readonly enabled: boolean;
  /** ISO 8601 duration, e.g. "P1D", "PT12H". */
  readonly expireAfter?: string;
}

/** Something a step may depend on: a step method (`self.process`) or a step it returned (`self.process()`). */
export type DependencyTarget = StepArgs | (() => StepArgs);

/**
 * Options every step decorator takes. `Self` is the pipeline class; `R` what `retry` accepts
 * (model steps also take policies by part).
 */
export interface StepOptions<Self = any, R extends StepRetry = readonly RetryPolicy[]> {
  /** The step's name. @default the method name in PascalCase */
  readonly name?: string;
  readonly displayName?: string;
  readonly description?: string;
  /** Steps that must finish first without a data dependency: `(self: MyPipeline) => [self.process]`. */
  readonly dependsOn?: (self: Self) => readonly DependencyTarget[];
  readonly cache?: CacheConfig;
  /** Retry policies. @default none (the service's own retries only) */
  readonly retry?: R;
}

/** `CacheConfig` as the definition holds it. */
export function renderCacheConfig(c: CacheConfig): object {
  return c.expireAfter !== undefined ? { Enabled: c.enabled, ExpireAfter: c.expireAfter } : { Enabled: c.enabled };
}
