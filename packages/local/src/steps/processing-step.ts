import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Json, JsonObject } from "../definition/definition-types.ts";
import { findAdapter } from "../jobs/image-adapters.ts";
import { describeJobFailure } from "../jobs/job-failure.ts";
import { checkJobOutputs } from "../jobs/job-outputs.ts";
import { launchJob } from "../jobs/launch-job.ts";
import { stageInput } from "../jobs/stage-input.ts";
import { LOCAL_ARN_PREFIX } from "../registry/local-registry.ts";
import { parseS3Uri } from "../store/s3-uri.ts";
import { writeFileAtomic } from "../util/fs-helpers.ts";
import { listAt, numberAt, objectAt, stringAt, stringMap } from "../util/json-access.ts";
import { pauseForTest } from "../util/test-pause.ts";
import { failed, type StepContext, type StepHandler } from "./step-context.ts";

const ROOT = "/opt/ml/processing/";

function checkLocalPath(path: string | undefined, at: string, problems: string[]): void {
  if (!path || !path.startsWith(ROOT) || path.split("/").includes("..")) {
    problems.push(`${at}/LocalPath: must be a folder under ${ROOT} (found ${JSON.stringify(path ?? null)})`);
  }
}

/** Problems with the processing arguments that stop the job from running here. */
export function checkProcessingArguments(args: JsonObject): string[] {
  const problems: string[] = [];
  if (!stringAt(objectAt(args, "AppSpecification"), "ImageUri")) problems.push("/AppSpecification/ImageUri: missing");
  listAt(args, "ProcessingInputs").forEach((input, i) => {
    const at = `/ProcessingInputs/${i}`;
    const s3 = objectAt(input, "S3Input");
    if (Object.keys(objectAt(input, "DatasetDefinition")).length) {
      problems.push(`${at}/DatasetDefinition: Athena and Redshift inputs cannot run locally; export the data to S3 and use S3Input`);
      return;
    }
    checkLocalPath(stringAt(s3, "LocalPath"), `${at}/S3Input`, problems);
    if (typeof s3.S3Uri !== "string") problems.push(`${at}/S3Input/S3Uri: must resolve to a URI`);
    const type = stringAt(s3, "S3DataType") ?? "S3Prefix";
    if (type !== "S3Prefix") problems.push(`${at}/S3Input/S3DataType: only S3Prefix runs locally, not ${type}`);
    const compression = stringAt(s3, "S3CompressionType") ?? "None";
    if (compression !== "None") problems.push(`${at}/S3Input/S3CompressionType: only None runs locally, not ${compression}`);
  });
  listAt(objectAt(args, "ProcessingOutputConfig"), "Outputs").forEach((output, i) => {
    const at = `/ProcessingOutputConfig/Outputs/${i}`;
    const s3 = objectAt(output, "S3Output");
    if (!Object.keys(s3).length) {
      problems.push(`${at}: only S3Output runs locally (not FeatureStoreOutput)`);
      return;
    }
    checkLocalPath(stringAt(s3, "LocalPath"), `${at}/S3Output`, problems);
    const uri = stringAt(s3, "S3Uri");
    if (!uri || !parseS3Uri(uri)) problems.push(`${at}/S3Output/S3Uri: must resolve to an s3:// URI (found ${JSON.stringify(s3.S3Uri ?? null)})`);
  });
  return problems;
}

function hostPath(mlDir: string, sandboxPath: string): string {
  return join(mlDir, ...sandboxPath.slice("/opt/ml/".length).split("/").filter(Boolean));
}

function command(ctx: StepContext, app: JsonObject): { argv: string[]; adapter?: ReturnType<typeof findAdapter> } | { error: string } {
  const entrypoint = listAt(app, "ContainerEntrypoint").map(String);
  const args = listAt(app, "ContainerArguments").map((a: Json) => (typeof a === "string" ? a : JSON.stringify(a)));
  if (entrypoint.length) return { argv: [...entrypoint, ...args] };
  const image = stringAt(app, "ImageUri") ?? "";
  const adapter = findAdapter(image, "process", ctx.env.adapters);
  if (adapter?.process) return { argv: [...adapter.process, ...args], adapter };
  return {
    error:
      `the image ${image} has no ContainerEntrypoint, so its own entrypoint would run, which is not available here; ` +
      "set a ContainerEntrypoint (e.g. python3 /opt/ml/processing/input/code/script.py), add an adapter with a " +
      "process command (--adapters), or run with --docker",
  };
}

/** Runs a Processing step: stages inputs under /opt/ml/processing, runs the entrypoint, uploads outputs. */
export const runProcessingStep: StepHandler = async (ctx) => {
  const { args } = ctx;
  const problems = checkProcessingArguments(args);
  if (problems.length) return failed(`cannot run this processing job locally:\n  ${problems.join("\n  ")}`);
  const app = objectAt(args, "AppSpecification");
  const cmd = command(ctx, app);
  if ("error" in cmd && !ctx.env.docker) return failed(cmd.error);
  const jobDir = join(ctx.stepDir, "job");
  const mlDir = join(jobDir, "ml");
  await rm(jobDir, { recursive: true, force: true });
  for (const [i, input] of listAt(args, "ProcessingInputs").entries()) {
    const s3 = objectAt(input, "S3Input");
    const what = `/ProcessingInputs/${i} (${stringAt(input, "InputName") ?? "input"})`;
    const staged = await stageInput(ctx.env.store, stringAt(s3, "S3Uri")!, hostPath(mlDir, stringAt(s3, "LocalPath")!), what);
    if ("error" in staged) return failed(staged.error);
  }
  const outputs = listAt(objectAt(args, "ProcessingOutputConfig"), "Outputs");
  for (const o of outputs) await mkdir(hostPath(mlDir, stringAt(objectAt(o, "S3Output"), "LocalPath")!), { recursive: true });
  await writeFileAtomic(join(mlDir, "config", "processingjobconfig.json"), JSON.stringify({ ...args, ProcessingJobName: ctx.jobName }, null, 2));
  await writeFileAtomic(join(mlDir, "config", "resourceconfig.json"), JSON.stringify({ current_host: "algo-1", hosts: ["algo-1"] }));
  await pauseForTest("staged");
  const maxSeconds = numberAt(objectAt(args, "StoppingCondition"), "MaxRuntimeInSeconds");
  const entrypoint = listAt(app, "ContainerEntrypoint").map(String);
  const result = await launchJob({
    ctx,
    jobDir,
    command: "argv" in cmd ? cmd.argv : [],
    docker: {
      image: stringAt(app, "ImageUri")!,
      ...(entrypoint.length ? { entrypoint } : {}),
      args: listAt(app, "ContainerArguments").map(String),
    },
    env: stringMap(args.Environment),
    network: objectAt(args, "NetworkConfig").EnableNetworkIsolation !== true,
    ...(maxSeconds !== undefined ? { timeoutMs: maxSeconds * 1000 } : {}),
    ...("adapter" in cmd && cmd.adapter ? { adapter: cmd.adapter } : {}),
  });
  const base = { ProcessingJobName: ctx.jobName, ProcessingJobArn: `${LOCAL_ARN_PREFIX}:processing-job/${ctx.jobName}` };
  if (result.exitCode !== 0) {
    const error = await describeJobFailure(result, ctx, { mlDir, failureFile: "output/message", ...(maxSeconds ? { timeoutSeconds: maxSeconds } : {}) });
    return failed(error, { ...args, ...base, ProcessingJobStatus: "Failed", FailureReason: error }, result.durationMs);
  }
  const outputDirs = outputs.map((o) => hostPath(mlDir, stringAt(objectAt(o, "S3Output"), "LocalPath")!));
  const unsafe = await checkJobOutputs(mlDir, outputDirs);
  if (unsafe) return failed(unsafe, { ...args, ...base, ProcessingJobStatus: "Failed", FailureReason: unsafe }, result.durationMs);
  const written: string[] = [];
  for (const [i, o] of outputs.entries()) {
    written.push(...(await ctx.env.store.upload(outputDirs[i]!, stringAt(objectAt(o, "S3Output"), "S3Uri")!)));
    await pauseForTest("outputs");
  }
  await rm(jobDir, { recursive: true, force: true }); // outputs are in the store; keep the disk free
  return { status: "Succeeded", properties: { ...args, ...base, ProcessingJobStatus: "Completed" }, outputs: written, jobMs: result.durationMs };
};
