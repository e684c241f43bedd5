import type { Value } from "@sagepipe/expressions";
import type { ProcessorProps } from "./processing.ts";

/** The processing job a check step runs: role and resources (SDK `CheckJobConfig`). */
export interface CheckJobProps {
  readonly role: string;
  /** @default 1 */
  readonly instanceCount?: Value<number>;
  /** @default "ml.m5.xlarge" */
  readonly instanceType?: Value<string>;
  /** @default 30 */
  readonly volumeSizeInGB?: Value<number>;
  /** @default none */
  readonly volumeKmsKey?: Value<string>;
  /** @default none */
  readonly outputKmsKey?: Value<string>;
  /** @default none (the service's limit) */
  readonly maxRuntimeInSeconds?: Value<number>;
  /** Extra environment variables of the job's container. @default none */
  readonly env?: Readonly<Record<string, Value<string>>>;
}

/** What every check step decides besides what it checks (SDK `QualityCheckStep` / `ClarifyCheckStep`). */
export interface CheckOptions {
  /** Skip the drift check (the step still calculates a new baseline). @default false */
  readonly skipCheck?: Value<boolean>;
  /** Make the calculated baseline the one the next check compares with. @default false */
  readonly registerNewBaseline?: Value<boolean>;
  /** Fail the step when the check finds a violation. @default true */
  readonly failOnViolation?: Value<boolean>;
  /** The model package group whose latest approved package holds the baseline to compare with. @default none */
  readonly modelPackageGroupName?: Value<string>;
  /** Compare with these constraints (S3 URI) instead of the registered baseline. @default none */
  readonly suppliedBaselineConstraints?: Value<string>;
}

/** The properties of a quality check step (what it calculated and what it compared with). */
export interface QualityCheckProperties {
  readonly CalculatedBaselineStatistics: string;
  readonly CalculatedBaselineConstraints: string;
  readonly BaselineUsedForDriftCheckStatistics: string;
  readonly BaselineUsedForDriftCheckConstraints: string;
}

/** The properties of a Clarify check step. */
export interface ClarifyCheckProperties {
  readonly CalculatedBaselineConstraints: string;
  readonly BaselineUsedForDriftCheckConstraints: string;
}

/** The processor a check step's job amounts to, with its image and environment. */
export function checkProcessor(job: CheckJobProps, image: string, env: Readonly<Record<string, Value<string>>> | undefined): ProcessorProps {
  return {
    role: job.role,
    image,
    instanceType: job.instanceType ?? "ml.m5.xlarge",
    instanceCount: job.instanceCount ?? 1,
    volumeSizeInGB: job.volumeSizeInGB ?? 30,
    ...(job.volumeKmsKey !== undefined ? { volumeKmsKey: job.volumeKmsKey } : {}),
    ...(job.outputKmsKey !== undefined ? { outputKmsKey: job.outputKmsKey } : {}),
    ...(job.maxRuntimeInSeconds !== undefined ? { maxRuntimeInSeconds: job.maxRuntimeInSeconds } : {}),
    ...(env !== undefined ? { env } : {}),
  };
}

/** The check's own keys after `Arguments`, in the SDK's order; absent values are `null`, as the SDK writes them. */
export function renderCheckKeys(checkType: string, o: CheckOptions & { readonly suppliedBaselineStatistics?: Value<string> }, withStatistics: boolean): Record<string, unknown> {
  return {
    CheckType: checkType,
    ModelPackageGroupName: o.modelPackageGroupName ?? null,
    SkipCheck: o.skipCheck ?? false,
    FailOnViolation: o.failOnViolation ?? true,
    RegisterNewBaseline: o.registerNewBaseline ?? false,
    ...(withStatistics ? { SuppliedBaselineStatistics: o.suppliedBaselineStatistics ?? null } : {}),
    SuppliedBaselineConstraints: o.suppliedBaselineConstraints ?? null,
  };
}
