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

/** An error in what the user wrote, raised while rendering; the compiler reports it with the step's location. */
export class StepError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = "StepError";
  }
}

/** The region, or a StepError that says where to set it. */
export function requireRegion(ctx: RenderContext, why: string): string {
  if (!ctx.region) throw new StepError(`Step ${ctx.stepName}: ${why} needs the AWS region. Set it with @Pipeline({ region: "us-east-1", ... }).`);
  return ctx.region;
}

/** The default bucket, or a StepError that says where to set it. */
export function requireBucket(ctx: RenderContext, why: string): string {
  if (!ctx.bucket) throw new StepError(`Step ${ctx.stepName}: ${why} needs a default bucket. Set it with @Pipeline({ bucket: "my-bucket", ... }).`);
  return ctx.bucket;
}
