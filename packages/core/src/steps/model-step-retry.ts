import type { RetryPolicy } from "./retry-policy.ts";
import type { StepType } from "./step-args.ts";

/**
 * Retry policies of a model step's parts (the SDK's `retry_policies` dict of `ModelStep` and
 * `RegisterModel`); a plain list applies to every part.
 */
export interface ModelStepRetryPolicies {
  /** For the `<name>-RegisterModel` step. @default none */
  readonly register?: readonly RetryPolicy[];
  /** For the `<name>-CreateModel` step. @default none */
  readonly create?: readonly RetryPolicy[];
  /** For the `<name>-RepackModel-<n>` training steps that repack the model with its code. @default none */
  readonly repack?: readonly RetryPolicy[];
  /** For the `<name>TransformStep` of an EstimatorTransformer. @default none */
  readonly transform?: readonly RetryPolicy[];
}

/** What a step's `retry` option may hold: a list, or (model steps) policies by part. */
export type StepRetry = readonly RetryPolicy[] | ModelStepRetryPolicies;

const PART_OF_TYPE: Partial<Record<StepType, keyof ModelStepRetryPolicies>> = { RegisterModel: "register", Model: "create", Training: "repack", Transform: "transform" };

/** The policies for one rendered step of `type`: the whole list, or its part's; undefined when none. */
export function retryPoliciesFor(retry: StepRetry, type: StepType): readonly RetryPolicy[] | undefined {
  if (Array.isArray(retry)) return retry.length ? retry : undefined;
  const part = PART_OF_TYPE[type];
  const policies = part ? (retry as ModelStepRetryPolicies)[part] : undefined;
  return policies?.length ? policies : undefined;
}
