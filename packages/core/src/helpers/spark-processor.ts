import { statSync } from "node:fs";
import { basename, isAbsolute, resolve } from "node:path";
import { isExpression, JoinNode, type PipelineVariable, type Value } from "@sagepipe/expressions";
import { jobPrefix } from "../assets/code-upload.ts";
import { addFileAsset, addGeneratedAsset } from "../assets/generated-asset.ts";
import { pyJsonDumps } from "../assets/python-text.ts";
import { hashFilesOrDirs, hashObject } from "../assets/sdk-hash.ts";
import { imageUri, type Image } from "../images/image-ref.ts";
import { processingStep, type ProcessingInputSpec, type ProcessingOutputs, type ProcessingRunArgs, type ProcessingStepArgs, type ProcessorProps, type StageCode } from "../steps/processing.ts";
import { requireBucket, StepError, type RenderContext } from "../steps/render-context.ts";
import { sparkConfigurationProblems, type SparkConfiguration } from "./spark-configuration.ts";

/** A Spark processor (SDK `PySparkProcessor`): the image comes from `frameworkVersion` unless given. */
export interface SparkProcessorProps extends Omit<ProcessorProps, "image" | "command" | "entrypoint"> {
  /** Spark version of the SageMaker Spark image, e.g. "3.3". Required unless `image` is given. */
  readonly frameworkVersion?: string;
  /** With `containerVersion`, picks a specific image build. @default none */
  readonly pyVersion?: string;
  /** With `pyVersion`, picks a specific image build, e.g. "1.0". @default none */
  readonly containerVersion?: string;
  /** @default the SageMaker Spark processing image of `frameworkVersion` */
  readonly image?: Image;
}

/** What a PySpark processor's `.run()` takes. */
export interface PySparkRunArgs<O extends ProcessingOutputs, P extends string> extends Omit<ProcessingRunArgs<O, P>, "code"> {
  /** The application: a local .py file (uploaded) or an s3:// URI. */
  readonly submitApp: string;
  /** `--py-files`: local files (uploaded together) and/or S3 URIs. @default none */
  readonly submitPyFiles?: readonly Value<string>[];
  /** `--jars`: local files and/or S3 URIs. @default none */
  readonly submitJars?: readonly Value<string>[];
  /** `--files`: local files and/or S3 URIs. @default none */
  readonly submitFiles?: readonly Value<string>[];
  /** EMR-style Hadoop/Spark/Hive configuration, staged as `configuration.json`. @default none */
  readonly configuration?: SparkConfiguration | readonly SparkConfiguration[];
  /** Where Spark's event logs go while the job runs (an output `output-<n>`, uploaded continuously). @default none */
  readonly sparkEventLogsS3Uri?: Value<string>;
}

/** What a Spark jar processor's `.run()` takes (SDK `SparkJarProcessor.run`). */
export interface SparkJarRunArgs<O extends ProcessingOutputs, P extends string> extends Omit<PySparkRunArgs<O, P>, "submitPyFiles"> {
  /** The application: a local .jar file (uploaded) or an s3:// URI. */
  readonly submitApp: string;
  /** The Java/Scala class to run (`--class`). */
  readonly submitClass: Value<string>;
}

/** Arguments of any Spark run, as the staging reads them. */
type SparkRun = PySparkRunArgs<ProcessingOutputs, string> & { readonly submitClass?: Value<string> };

/** A PySpark processor: `.run({ submitApp, ... })` gives a processing step's arguments. */
export interface SparkProcessor {
  run<O extends ProcessingOutputs = {}, P extends string = never>(args: PySparkRunArgs<O, P>): ProcessingStepArgs<O, P>;
}

/** A Spark jar processor: `.run({ submitApp, submitClass, ... })` gives a processing step's arguments. */
export interface SparkJarProcessor {
  run<O extends ProcessingOutputs = {}, P extends string = never>(args: SparkJarRunArgs<O, P>): ProcessingStepArgs<O, P>;
}

const INPUT_BASE = "/opt/ml/processing/input";
/** Where the Spark container writes event logs (the SDK's `_spark_event_log_default_local_path`). */
const EVENT_LOGS_DIR = "/opt/ml/processing/spark-events/";
const DEP_CHANNELS = [["submitPyFiles", "py-files"], ["submitJars", "jars"], ["submitFiles", "files"]] as const;

const isLocal = (p: Value<string>): p is string => typeof p === "string" && !/^[a-z0-9]+:\/\//i.test(p);
const absolute = (p: string, ctx: RenderContext) => (isAbsolute(p) ? p : resolve(ctx.sourceDir, p));

/**
 * Where the step's local files of one channel go: `s3://<bucket>/<pipeline>/code/<hash>/<channel>`
 * (the application itself: the hash folder), or a plain session's `<job folder>/input/<channel>`.
 */
function uploadFolder(ctx: RenderContext, hash: string, baseJobName: string | undefined, channel: string): string {
  const bucket = requireBucket(ctx, "uploading local code");
  if (ctx.codeLocation === "job") return `${jobPrefix(bucket, baseJobName, ctx, hash)}/input/${channel}`;
  const folder = `s3://${bucket}/${ctx.pipelineName}/code/${hash}`;
  return channel === "code" ? folder : `${folder}/${channel}`;
}

/** One dependency channel: local files uploaded into one folder, joined with S3 URIs into the spark-submit option. */
function stageDeps(deps: readonly Value<string>[], channel: string, hash: string, ctx: RenderContext, baseJobName: string | undefined) {
  const local = deps.filter(isLocal);
  const remote = deps.filter((d) => !isLocal(d));
  let input: ProcessingInputSpec | undefined;
  const values: Value<string>[] = [...remote];
  if (local.length) {
    const folder = uploadFolder(ctx, hash, baseJobName, channel);
    for (const file of local) addFileAsset(ctx, `${folder}/${basename(file)}`, absolute(file, ctx));
    input = { source: folder, destination: `${INPUT_BASE}/${channel}`, inputName: channel };
    values.push(input.destination);
  }
  const option: Value<string> = values.some(isExpression) ? JoinNode.create(",", values as (string | PipelineVariable<string>)[]) : values.join(",");
  return { input, option };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Local paths that are not files (the SDK accepts only files here). */
function localProblems(run: SparkRun, ctx: RenderContext): string[] {
  const paths = [run.submitApp, ...DEP_CHANNELS.flatMap(([key]) => run[key] ?? [])].filter(isLocal);
  const problems = paths.filter((p) => !isFile(absolute(p, ctx))).map((p) => `'${p}' is not a local file (looked for ${absolute(p, ctx)})`);
  const logs = run.sparkEventLogsS3Uri;
  if (typeof logs === "string" && !logs.startsWith("s3://")) problems.push(`sparkEventLogsS3Uri '${logs}' is not an s3:// URI`);
  return problems;
}

function stageSpark(props: SparkProcessorProps, run: SparkRun): StageCode {
  return (ctx) => {
    const problems = [...localProblems(run, ctx), ...(run.configuration ? sparkConfigurationProblems(run.configuration) : [])];
    if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}.`);
    const deps = DEP_CHANNELS.flatMap(([key]) => (run[key] ?? []).filter((d): d is string => typeof d === "string"));
    // The SDK's code hash: submit_app, submit_class and the dependencies, sorted (a class name counts as text).
    const submitClass = typeof run.submitClass === "string" ? [run.submitClass] : [];
    const files = hashFilesOrDirs([run.submitApp, ...submitClass, ...deps], ctx.sourceDir);
    // A plain session's job folder holds the configuration too: its stamp covers both.
    const hash = ctx.codeLocation === "job" && run.configuration ? hashObject(`${files}/${hashObject(run.configuration)}`) : files;
    const command: Value<string>[] = ["smspark-submit"];
    if (run.submitClass !== undefined) command.push("--class", run.submitClass);
    const inputs: ProcessingInputSpec[] = [];
    for (const [key, channel] of DEP_CHANNELS) {
      const list = run[key];
      if (!list?.length) continue;
      const staged = stageDeps(list, channel, hash, ctx, props.baseJobName);
      if (staged.input) inputs.push(staged.input);
      command.push(`--${channel}`, staged.option);
    }
    const outputs = [];
    if (run.sparkEventLogsS3Uri !== undefined) {
      command.push("--local-spark-event-logs-dir", EVENT_LOGS_DIR);
      outputs.push({ source: EVENT_LOGS_DIR, destination: run.sparkEventLogsS3Uri, s3UploadMode: "Continuous" as const });
    }
    if (run.configuration) {
      const bucket = requireBucket(ctx, "staging the Spark configuration");
      const uri = ctx.codeLocation === "job"
        ? `${jobPrefix(bucket, props.baseJobName, ctx, hash)}/input/conf/configuration.json`
        : `s3://${bucket}/${ctx.pipelineName}/${ctx.stepName}/input/conf/${hashObject(run.configuration)}/configuration.json`;
      addGeneratedAsset(ctx, uri, "configuration.json", Buffer.from(pyJsonDumps(run.configuration), "utf8"));
      inputs.push({ source: uri, destination: `${INPUT_BASE}/conf`, inputName: "conf" });
    }
    let codeUri = run.submitApp;
    if (isLocal(run.submitApp)) {
      codeUri = `${uploadFolder(ctx, hash, props.baseJobName, "code")}/${basename(run.submitApp)}`;
      addFileAsset(ctx, codeUri, absolute(run.submitApp, ctx));
    }
    inputs.push({ source: codeUri, destination: `${INPUT_BASE}/code`, inputName: "code" });
    return { inputs, outputs, entrypoint: [...command, `${INPUT_BASE}/code/${basename(codeUri)}`] };
  };
}

/** The processor of a Spark run: the Spark image of `frameworkVersion` unless an image is given. */
function sparkProcessorProps(helper: string, props: SparkProcessorProps): ProcessorProps {
  const { frameworkVersion, pyVersion, containerVersion, image, ...rest } = props;
  if (!image && !frameworkVersion) throw new StepError(`${helper} needs frameworkVersion (e.g. "3.3") or image.`);
  if ((pyVersion === undefined) !== (containerVersion === undefined)) throw new StepError(`${helper}: give both pyVersion and containerVersion, or neither.`);
  const resolved = image ?? imageUri({ framework: "spark", version: frameworkVersion!, ...(pyVersion ? { pyVersion } : {}), ...(containerVersion ? { containerVersion } : {}) });
  return { ...rest, image: resolved, env: rest.env ?? {} };
}

/** A Spark run as a processing step: the Spark arguments staged, the rest as `processor.run()` takes them. */
function sparkStep<O extends ProcessingOutputs, P extends string>(processorProps: ProcessorProps, props: SparkProcessorProps, args: PySparkRunArgs<O, P> | SparkJarRunArgs<O, P>): ProcessingStepArgs<O, P> {
  const spark = args as SparkRun;
  const { submitApp, submitPyFiles, submitJars, submitFiles, submitClass, configuration, sparkEventLogsS3Uri, ...runArgs } = spark;
  return processingStep(processorProps, runArgs as ProcessingRunArgs<O, P>, stageSpark(props, spark), () => [submitPyFiles, submitJars, submitFiles, submitClass, sparkEventLogsS3Uri]);
}

/** SDK `PySparkProcessor`: runs `submitApp` with `smspark-submit` in the SageMaker Spark image. */
export function pysparkProcessor(props: SparkProcessorProps): SparkProcessor {
  const processorProps = sparkProcessorProps("pysparkProcessor", props);
  return { run: (args) => sparkStep(processorProps, props, args) };
}

/** SDK `SparkJarProcessor`: runs `submitClass` of the jar `submitApp` with `smspark-submit --class`. */
export function sparkJarProcessor(props: SparkProcessorProps): SparkJarProcessor {
  const processorProps = sparkProcessorProps("sparkJarProcessor", props);
  return { run: (args) => sparkStep(processorProps, props, args) };
}
