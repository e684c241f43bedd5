import { mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { JsonObject } from "../definition/definition-types.ts";
import { findAdapter, type ImageAdapter, type MetricDefinition } from "../jobs/image-adapters.ts";
import { describeJobFailure } from "../jobs/job-failure.ts";
import { checkJobOutputs } from "../jobs/job-outputs.ts";
import { launchJob } from "../jobs/launch-job.ts";
import { readFinalMetrics } from "../jobs/read-metrics.ts";
import { stageInput } from "../jobs/stage-input.ts";
import { packTarGz, unpackTarGz } from "../jobs/tar.ts";
import { hyperparameterArgument, trainingConfigFiles, trainingEnvironment, userHyperparameters } from "../jobs/training-environment.ts";
import { LOCAL_ARN_PREFIX } from "../registry/local-registry.ts";
import { joinS3Uri, parseS3Uri } from "../store/s3-uri.ts";
import { listFiles, writeFileAtomic } from "../util/fs-helpers.ts";
import { joinInside } from "../util/safe-paths.ts";
import { listAt, numberAt, objectAt, stringAt, stringMap } from "../util/json-access.ts";
import { failed, type StepContext, type StepHandler } from "./step-context.ts";

/** Problems with the training arguments that stop the job from running here. */
export function checkTrainingArguments(args: JsonObject): string[] {
  const problems: string[] = [];
  const spec = objectAt(args, "AlgorithmSpecification");
  if (stringAt(spec, "AlgorithmName")) problems.push("/AlgorithmSpecification/AlgorithmName: Marketplace algorithms cannot run locally; use a TrainingImage");
  else if (!stringAt(spec, "TrainingImage")) problems.push("/AlgorithmSpecification/TrainingImage: missing");
  listAt(args, "InputDataConfig").forEach((c, i) => {
    const at = `/InputDataConfig/${i}`;
    if (!stringAt(c, "ChannelName")) problems.push(`${at}/ChannelName: missing`);
    const s3 = objectAt(objectAt(c, "DataSource"), "S3DataSource");
    if (typeof s3.S3Uri !== "string") problems.push(`${at}/DataSource/S3DataSource/S3Uri: only S3 channels run locally and this one must resolve to a URI`);
    const type = stringAt(s3, "S3DataType") ?? "S3Prefix";
    if (type !== "S3Prefix") problems.push(`${at}/DataSource/S3DataSource/S3DataType: only S3Prefix runs locally, not ${type}`);
  });
  const out = stringAt(objectAt(args, "OutputDataConfig"), "S3OutputPath");
  if (!out || !parseS3Uri(out)) problems.push(`/OutputDataConfig/S3OutputPath: must resolve to an s3:// URI`);
  return problems;
}

type Mode =
  | { readonly kind: "script"; readonly program: string; readonly submitDirectory: string | undefined }
  | { readonly kind: "adapter"; readonly adapter: ImageAdapter }
  | { readonly kind: "docker" };

function chooseMode(ctx: StepContext, image: string): Mode | { error: string } {
  const hps = stringMap(ctx.args.HyperParameters);
  if (ctx.env.docker) return { kind: "docker" };
  if (hps.sagemaker_program) {
    const submit = hps.sagemaker_submit_directory;
    return { kind: "script", program: hyperparameterArgument(hps.sagemaker_program), submitDirectory: submit ? hyperparameterArgument(submit) : undefined };
  }
  const adapter = findAdapter(image, "train", ctx.env.adapters);
  if (adapter) return { kind: "adapter", adapter };
  return {
    error:
      `no local stand-in for the training image ${image}: it is neither a framework image in script mode ` +
      "(sagemaker_program) nor matched by an adapter; add an adapter with a train command (--adapters file), or run with --docker",
  };
}

function modeCommand(mode: Mode, args: JsonObject): string[] {
  if (mode.kind === "adapter") return [...mode.adapter.train!];
  if (mode.kind === "docker") return [];
  const userArgs = Object.entries(userHyperparameters(args)).flatMap(([k, v]) => [`--${k}`, v]);
  return mode.program.endsWith(".sh") ? ["/bin/sh", mode.program, ...userArgs] : ["python3", mode.program, ...userArgs];
}

async function stageSourceDir(ctx: StepContext, jobDir: string, submit: string | undefined, codeDir: string): Promise<string | undefined> {
  if (!submit) return undefined;
  const staged = await stageInput(ctx.env.store, submit, join(jobDir, "source"), "sagemaker_submit_directory");
  if ("error" in staged) return staged.error;
  for (const o of staged.objects) {
    const file = join(jobDir, "source", ...o.name.split("/"));
    if (o.name.endsWith(".tar.gz")) await unpackTarGz(file, codeDir);
  }
  return undefined;
}

async function uploadModel(ctx: StepContext, mlDir: string, outputPath: string): Promise<string[]> {
  const prefix = joinS3Uri(outputPath, ctx.jobName, "output");
  const model = joinS3Uri(prefix, "model.tar.gz");
  await packTarGz(join(mlDir, "model"), await ctx.env.store.pathForWrite(model));
  const written = [model];
  if ((await listFiles(join(mlDir, "output", "data"))).length) {
    const data = joinS3Uri(prefix, "output.tar.gz");
    await packTarGz(join(mlDir, "output", "data"), await ctx.env.store.pathForWrite(data));
    written.push(data);
  }
  const checkpoints = objectAt(ctx.args, "CheckpointConfig");
  const checkpointUri = stringAt(checkpoints, "S3Uri");
  if (checkpointUri) written.push(...(await ctx.env.store.upload(join(mlDir, "checkpoints"), checkpointUri)));
  return written;
}

/** Runs a Training step: channels under /opt/ml/input/data, SM_* environment, model.tar.gz to S3OutputPath. */
export const runTrainingStep: StepHandler = async (ctx) => {
  const { args } = ctx;
  const problems = checkTrainingArguments(args);
  if (problems.length) return failed(`cannot run this training job locally:\n  ${problems.join("\n  ")}`);
  const image = stringAt(objectAt(args, "AlgorithmSpecification"), "TrainingImage")!;
  const mode = chooseMode(ctx, image);
  if ("error" in mode) return failed(mode.error);
  const jobDir = join(ctx.stepDir, "job");
  const mlDir = join(jobDir, "ml");
  await rm(jobDir, { recursive: true, force: true });
  for (const [i, c] of listAt(args, "InputDataConfig").entries()) {
    const name = stringAt(c, "ChannelName")!;
    const uri = stringAt(objectAt(objectAt(c, "DataSource"), "S3DataSource"), "S3Uri")!;
    const staged = await stageInput(ctx.env.store, uri, joinInside(join(mlDir, "input", "data"), `/InputDataConfig/${i}/ChannelName:`, name), `/InputDataConfig/${i} (channel ${name})`);
    if ("error" in staged) return failed(staged.error);
  }
  for (const [file, content] of Object.entries(trainingConfigFiles(args))) {
    await writeFileAtomic(join(mlDir, "input", "config", file), JSON.stringify(content, null, 2));
  }
  for (const d of ["model", "output/data", "code", "checkpoints"]) await mkdir(join(mlDir, d), { recursive: true });
  if (mode.kind === "script") {
    const error = await stageSourceDir(ctx, jobDir, mode.submitDirectory, join(mlDir, "code"));
    if (error) return failed(error);
  }
  const maxSeconds = numberAt(objectAt(args, "StoppingCondition"), "MaxRuntimeInSeconds");
  const result = await launchJob({
    ctx,
    jobDir,
    command: modeCommand(mode, args),
    docker: { image, args: ["train"] },
    env: trainingEnvironment(args, ctx.jobName, mode.kind === "script" ? mode.program : undefined),
    network: args.EnableNetworkIsolation !== true,
    cwd: mode.kind === "script" ? "/opt/ml/code" : "/tmp",
    ...(maxSeconds !== undefined ? { timeoutMs: maxSeconds * 1000 } : {}),
    ...(mode.kind === "adapter" ? { adapter: mode.adapter } : {}),
  });
  const base = { TrainingJobName: ctx.jobName, TrainingJobArn: `${LOCAL_ARN_PREFIX}:training-job/${ctx.jobName}` };
  if (result.exitCode !== 0) {
    const error = await describeJobFailure(result, ctx, { mlDir, failureFile: "output/failure", ...(maxSeconds ? { timeoutSeconds: maxSeconds } : {}) });
    return failed(error, { ...args, ...base, TrainingJobStatus: "Failed", FailureReason: error }, result.durationMs);
  }
  const unsafe = await checkJobOutputs(mlDir, ["model", "output/data", "checkpoints"].map((d) => join(mlDir, ...d.split("/"))));
  if (unsafe) return failed(unsafe, { ...args, ...base, TrainingJobStatus: "Failed", FailureReason: unsafe }, result.durationMs);
  const written = await uploadModel(ctx, mlDir, stringAt(objectAt(args, "OutputDataConfig"), "S3OutputPath")!);
  const definitions: MetricDefinition[] = [
    ...(listAt(objectAt(args, "AlgorithmSpecification"), "MetricDefinitions") as unknown as MetricDefinition[]),
    ...(mode.kind === "adapter" ? (mode.adapter.metrics ?? []) : []),
  ];
  const { metrics } = readFinalMetrics(await readFile(ctx.logPath, "utf8"), definitions);
  await rm(jobDir, { recursive: true, force: true });
  return {
    status: "Succeeded",
    properties: {
      ...args,
      ...base,
      TrainingJobStatus: "Completed",
      SecondaryStatus: "Completed",
      ModelArtifacts: { S3ModelArtifacts: written[0]! },
      FinalMetricDataList: metrics as unknown as JsonObject[],
    },
    outputs: written,
    jobMs: result.durationMs,
  };
};
