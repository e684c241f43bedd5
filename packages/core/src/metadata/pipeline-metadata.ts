import "./reflect-metadata.ts";
import type { Json, Value } from "@sagepipe/expressions";

/** Where `@Pipeline` records its options on the class. */
export const PIPELINE_METADATA = "sagepipe:pipeline";

/** The experiment and trial an execution records to. */
export interface ExperimentConfig {
  readonly experimentName: Value<string>;
  readonly trialName: Value<string>;
}

/** Options of `@Pipeline`. `Self` is the pipeline class (for options that read its fields). */
export interface PipelineOptions<Self = any> {
  /** The pipeline's name (CreatePipeline's PipelineName). */
  readonly name: string;
  readonly displayName?: string;
  readonly description?: string;
  /** The role SageMaker runs the pipeline with (deploy's default for --role-arn). */
  readonly roleArn?: string;
  /** Tags set on the pipeline at deploy. */
  readonly tags?: Readonly<Record<string, string>>;
  /** CreatePipeline's ParallelismConfiguration.MaxParallelExecutionSteps (not part of the definition). */
  readonly maxParallelExecutionSteps?: number;
  /** AWS region for image lookups. */
  readonly region?: string;
  /** Default bucket for code uploads and default output locations. */
  readonly bucket?: string;
  /**
   * Where local code is uploaded: "pipeline" (the SDK's PipelineSession, content-hashed, the
   * default) or "job" (a plain Session: "<base job name>-<stamp>/input/code/"; the stamp is a
   * hash of the pipeline and step names, where the SDK uses the time).
   */
  readonly codeLocation?: "pipeline" | "job";
  /**
   * The experiment and trial executions record to; a function of the pipeline instance when it
   * uses parameters (`(self) => ({ experimentName: self.experiment, trialName: ... })`).
   * @default experiment = the pipeline name, trial = the execution id; `null` turns it off.
   */
  readonly experimentConfig?: ExperimentConfig | null | ((self: Self) => ExperimentConfig);
  /**
   * The definition's `Metadata` object, as written (plain JSON; SageMaker keeps it with the
   * definition and does not read it). @default {} (what the SDK writes)
   */
  readonly metadata?: { readonly [key: string]: Json };
  /** SDK `PipelineDefinitionConfig(use_custom_job_prefix=...)`. */
  readonly definitionConfig?: { readonly useCustomJobPrefix: boolean };
}

export function setPipelineMetadata(cls: Function, options: PipelineOptions): void {
  Reflect.defineMetadata(PIPELINE_METADATA, Object.freeze({ ...options }), cls);
}

/** The class's `@Pipeline` options, if it has them (own, not inherited). */
export function getPipelineMetadata(cls: Function): PipelineOptions | undefined {
  return Reflect.getOwnMetadata(PIPELINE_METADATA, cls) as PipelineOptions | undefined;
}

/** True when the class is decorated with `@Pipeline`. */
export function isPipelineClass(x: unknown): x is new () => object {
  return typeof x === "function" && getPipelineMetadata(x) !== undefined;
}
