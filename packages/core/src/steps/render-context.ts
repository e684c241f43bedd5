import { ERROR_PLACE, type CreatedAt } from "@sagepipe/expressions";
import type { AssetCollector } from "../assets/asset-collector.ts";

/** What a step renderer may know beyond its own arguments. */
export interface RenderContext {
  readonly pipelineName: string;
  /** The step's own name. */
  readonly stepName: string;
  /** The step's display name option (a collection derives its members' from it). */
  readonly displayName?: string | undefined;
  /** AWS region (image URIs); undefined when the pipeline did not set one. */
  readonly region: string | undefined;
  /** Default bucket for code uploads and default output locations. */
  readonly bucket: string | undefined;
  /** Folder that relative local code paths are read from (the pipeline's source folder). */
  readonly sourceDir: string;
  /** Collects local files that the definition refers to by S3 URI. */
  readonly assets: AssetCollector;
  /**
   * Where uploaded code goes: "pipeline" (PipelineSession:
   * s3://<bucket>/<pipeline>/code/<hash>/...) or "job" (the tutorial's plain Session:
   * s3://<bucket>/<base job name>-<stamp>/input/code/...).
   */
  readonly codeLocation: "pipeline" | "job";
  /** Keep job-name fields (`use_custom_job_prefix`). */
  readonly useCustomJobPrefix: boolean;
}

/**
 * Where an error of the user's belongs, as data (never read back from the message): the step
 * method, where the wrong value was made, and which of its options is wrong.
 */
export interface ErrorPlace {
  /** The step method being evaluated or rendered. */
  readonly method?: string;
  /** Where the value was made (a step's `createdAt`, a helper's call site). */
  readonly at?: CreatedAt;
  /** The option of that call that is wrong, e.g. "code", "instanceCount". */
  readonly key?: string;
  /** The definition keys that lead to the wrong value, e.g. ["Arguments", "ProcessingResources", ...]. */
  readonly path?: readonly string[];
  /** A member read at the place that threw, e.g. "trian" of `outputs.trian`. */
  readonly member?: string;
  /** The mistake is the method itself (what it returns), not a line inside it. */
  readonly isMethod?: boolean;
}


/** An error in what the user wrote, raised while evaluating or rendering; the compiler reports it at its place. */
export class StepError extends Error {
  readonly exitCode = 1;
  constructor(message: string, place?: ErrorPlace) {
    super(message);
    this.name = "StepError";
    if (place) placeError(this, place);
  }
}

/** Adds what `place` knows to a thrown value's place, keeping what an inner frame already set. */
export function placeError(e: unknown, place: ErrorPlace): void {
  if ((typeof e !== "object" && typeof e !== "function") || e === null || Object.isFrozen(e)) return;
  const held = (e as { [ERROR_PLACE]?: ErrorPlace })[ERROR_PLACE];
  const merged: ErrorPlace = { ...place, ...held };
  Object.defineProperty(e, ERROR_PLACE, { value: merged, enumerable: false, configurable: true });
}

/** The place recorded on a thrown value. */
export function errorPlace(e: unknown): ErrorPlace | undefined {
  return (typeof e === "object" || typeof e === "function") && e !== null ? (e as { [ERROR_PLACE]?: ErrorPlace })[ERROR_PLACE] : undefined;
}

/** The region, or a StepError that says where to set it. */
export function requireRegion(ctx: RenderContext, why: string): string {
  if (!ctx.region) throw new StepError(`Step ${ctx.stepName}: ${why} needs the AWS region. Set it with @Pipeline({ region: "us-east-1", ... }).`);
  return ctx.region;
}

/** The default bucket, or a StepError that says where to set it. */
export function requireBucket(ctx: RenderContext, why: string, key?: string): string {
  if (!ctx.bucket) throw new StepError(`Step ${ctx.stepName}: ${why} needs a default bucket. Set it with @Pipeline({ bucket: "my-bucket", ... }).`, key ? { key } : undefined);
  return ctx.bucket;
}
