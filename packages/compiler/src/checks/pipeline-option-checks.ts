import { arnProblem, bucketNameFix, bucketNameProblem, BUCKET_RULES_URL } from "@sagepipe/validate";
import { diagnostic, type Diagnostic, type SourceSpan } from "../diagnostics/diagnostic.ts";
import type { PipelineFact } from "../extract/facts.ts";

/** The options of `@Pipeline` checked as evaluated. */
export interface PipelineOptionValues {
  readonly roleArn?: unknown;
  readonly maxParallelExecutionSteps?: unknown;
  readonly bucket?: unknown;
}

/** Where an option of the class's `@Pipeline` is written (the class, when it cannot be found). */
export type PipelineOptionSpan = (option: string) => SourceSpan | undefined;

/** A place of the built definition whose S3 URI was made from the `@Pipeline` bucket. */
export interface BucketUse {
  readonly span: SourceSpan;
  readonly message: string;
}

/**
 * The `@Pipeline` options as evaluated, each shown at the option: `roleArn` (SP941, the rule
 * `sagepipe validate` applies to roles in steps), `maxParallelExecutionSteps` (SP604:
 * CreatePipeline's ParallelismConfiguration takes an integer of at least 1) and `bucket`
 * (SP952, SP953: every default location and code upload is made from it, so a wrong bucket is
 * shown here once, with a note at each URI of the definition that has it, `bucketUses`).
 */
export function checkPipelineOptions(p: PipelineFact, options: PipelineOptionValues, optionSpan: PipelineOptionSpan = () => undefined, bucketUses: readonly BucketUse[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (option: string) => optionSpan(option) ?? p.span;
  if (typeof options.roleArn === "string") {
    const problem = arnProblem("RoleArn", options.roleArn);
    if (problem) out.push(diagnostic(problem.code, "error", at("roleArn"), `@Pipeline roleArn: ${problem.message}`, problem.fix));
  }
  const m = options.maxParallelExecutionSteps;
  if (m !== undefined && !(typeof m === "number" && Number.isInteger(m) && m >= 1)) {
    out.push(diagnostic("SP604", "error", at("maxParallelExecutionSteps"), `@Pipeline maxParallelExecutionSteps must be an integer of at least 1; found ${JSON.stringify(m)} (ParallelismConfiguration, https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ParallelismConfiguration.html).`, "Give the number of steps that may run at once (at least 1), or leave the option out for no limit."));
  }
  const bucket = options.bucket;
  // The option's place only when there is a problem: finding it parses the file (and loads TypeScript on a cached build).
  if (typeof bucket === "string") out.push(...bucketProblems(bucket, () => at("bucket"), bucketUses));
  return out;
}

function bucketProblems(bucket: string, spanOf: () => SourceSpan, uses: readonly BucketUse[]): Diagnostic[] {
  const seen = new Set<string>();
  const related = uses.filter((u) => {
    const key = `${u.span.file}:${u.span.line}:${u.span.col}`;
    return !seen.has(key) && seen.add(key);
  });
  if (/^s3:\/\//i.test(bucket)) {
    const name = bucket.replace(/^s3:\/\//i, "").replace(/\/+$/, "");
    return [diagnostic("SP952", "error", spanOf(), `@Pipeline bucket ${JSON.stringify(bucket)} starts with "s3://": every default location would start with "s3://${bucket}/".`, `Give the bucket by its name only: \`bucket: ${JSON.stringify(name)}\`.`, related.length ? related : undefined)];
  }
  const problem = bucketNameProblem(bucket);
  if (!problem) return [];
  return [diagnostic("SP953", "error", spanOf(), `@Pipeline bucket: the bucket name ${JSON.stringify(bucket)} ${problem}, which S3 does not allow (${BUCKET_RULES_URL}).`, bucketNameFix(bucket), related.length ? related : undefined)];
}

/**
 * Whether a problem of the built definition is one of the `@Pipeline` bucket's, shown at that
 * option: an S3 URI whose bucket is that one (or `s3://` and that one).
 */
export function madeFromPipelineBucket(issue: { readonly code: string; readonly bucket?: string }, bucket: unknown): boolean {
  if (typeof bucket !== "string" || issue.bucket === undefined) return false;
  const given = bucket.replace(/\/+$/, "");
  return (issue.code === "SP952" || issue.code === "SP953") && issue.bucket === given;
}
