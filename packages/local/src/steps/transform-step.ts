import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { isJsonObject, type JsonObject } from "../definition/definition-types.ts";
import { findAdapter } from "../jobs/image-adapters.ts";
import { describeJobFailure } from "../jobs/job-failure.ts";
import { checkJobOutputs } from "../jobs/job-outputs.ts";
import { launchJob } from "../jobs/launch-job.ts";
import { stageInput } from "../jobs/stage-input.ts";
import { unpackTarGz } from "../jobs/tar.ts";
import { LOCAL_ARN_PREFIX } from "../registry/local-registry.ts";
import { parseS3Uri } from "../store/s3-uri.ts";
import { listAt, objectAt, stringAt, stringMap } from "../util/json-access.ts";
import { failed, type StepContext, type StepHandler } from "./step-context.ts";

/** Problems with the transform arguments that stop the job from running here. */
export function checkTransformArguments(args: JsonObject): string[] {
  const problems: string[] = [];
  if (typeof args.ModelName !== "string") problems.push("/ModelName: must resolve to a model name");
  const s3 = objectAt(objectAt(objectAt(args, "TransformInput"), "DataSource"), "S3DataSource");
  if (typeof s3.S3Uri !== "string") problems.push("/TransformInput/DataSource/S3DataSource/S3Uri: must resolve to a URI");
  const type = stringAt(s3, "S3DataType") ?? "S3Prefix";
  if (type !== "S3Prefix") problems.push(`/TransformInput/DataSource/S3DataSource/S3DataType: only S3Prefix runs locally, not ${type}`);
  const out = stringAt(objectAt(args, "TransformOutput"), "S3OutputPath");
  if (!out || !parseS3Uri(out)) problems.push("/TransformOutput/S3OutputPath: must resolve to an s3:// URI");
  const dp = objectAt(args, "DataProcessing");
  const filters = (["InputFilter", "OutputFilter"] as const).filter((k) => (stringAt(dp, k) ?? "$") !== "$");
  if (filters.length || (stringAt(dp, "JoinSource") ?? "None") !== "None") {
    problems.push("/DataProcessing: input/output filters and JoinSource are not applied locally; remove them for local runs");
  }
  return problems;
}

async function modelContainer(ctx: StepContext, name: string): Promise<{ container: JsonObject } | { error: string }> {
  const model = await ctx.env.registry.getModel(name);
  if (!model) {
    return { error: `/ModelName: no model '${name}' in the local registry; create it with a Model step earlier in the pipeline` };
  }
  const primary = objectAt(model.Arguments, "PrimaryContainer");
  const first = listAt(model.Arguments, "Containers")[0];
  const container = Object.keys(primary).length ? primary : first !== undefined && isJsonObject(first) ? first : {};
  return stringAt(container, "Image") ? { container } : { error: `model '${name}' has no container image` };
}

/** Runs a Transform step: the model's adapter predicts over every input object into S3OutputPath. */
export const runTransformStep: StepHandler = async (ctx) => {
  const { args } = ctx;
  const problems = checkTransformArguments(args);
  if (problems.length) return failed(`cannot run this transform job locally:\n  ${problems.join("\n  ")}`);
  const found = await modelContainer(ctx, args.ModelName as string);
  if ("error" in found) return failed(found.error);
  const { container } = found;
  const image = stringAt(container, "Image")!;
  const adapter = findAdapter(image, "transform", ctx.env.adapters);
  if (!adapter) {
    return failed(`no local batch inference for the model image ${image}; add an adapter with a transform command (--adapters file)`);
  }
  const jobDir = join(ctx.stepDir, "job");
  const mlDir = join(jobDir, "ml");
  await rm(jobDir, { recursive: true, force: true });
  const modelData = stringAt(container, "ModelDataUrl");
  if (modelData) {
    const staged = await stageInput(ctx.env.store, modelData, join(jobDir, "model-archive"), "the model's ModelDataUrl");
    if ("error" in staged) return failed(staged.error);
    for (const o of staged.objects) if (o.name.endsWith(".tar.gz")) await unpackTarGz(join(jobDir, "model-archive", ...o.name.split("/")), join(mlDir, "model"));
  }
  const input = objectAt(args, "TransformInput");
  const inputUri = stringAt(objectAt(objectAt(input, "DataSource"), "S3DataSource"), "S3Uri")!;
  const staged = await stageInput(ctx.env.store, inputUri, join(mlDir, "transform", "input"), "/TransformInput");
  if ("error" in staged) return failed(staged.error);
  await mkdir(join(mlDir, "transform", "output"), { recursive: true });
  const result = await launchJob({
    ctx,
    jobDir,
    command: [...adapter.transform!, "/opt/ml/transform/input", "/opt/ml/transform/output", stringAt(input, "ContentType") ?? "text/csv"],
    env: { ...stringMap(container.Environment), ...stringMap(args.Environment) },
    network: true,
    adapter,
  });
  const base = { TransformJobName: ctx.jobName, TransformJobArn: `${LOCAL_ARN_PREFIX}:transform-job/${ctx.jobName}` };
  if (result.exitCode !== 0) {
    const error = await describeJobFailure(result, ctx, { mlDir, failureFile: "output/failure" });
    return failed(error, { ...args, ...base, TransformJobStatus: "Failed", FailureReason: error }, result.durationMs);
  }
  const outputPath = stringAt(objectAt(args, "TransformOutput"), "S3OutputPath")!;
  const unsafe = await checkJobOutputs(mlDir, [join(mlDir, "transform", "output")]);
  if (unsafe) return failed(unsafe, { ...args, ...base, TransformJobStatus: "Failed", FailureReason: unsafe }, result.durationMs);
  const written = await ctx.env.store.upload(join(mlDir, "transform", "output"), outputPath);
  await rm(jobDir, { recursive: true, force: true });
  return { status: "Succeeded", properties: { ...args, ...base, TransformJobStatus: "Completed" }, outputs: written, jobMs: result.durationMs };
};
