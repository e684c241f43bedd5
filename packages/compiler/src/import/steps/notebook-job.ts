// Notebook jobs (the SDK's NotebookJobStep: a Training step run by amazon_sagemaker_scheduler):
// `notebookJob({ inputNotebook, image, kernelName, role, ..., inputLocation })`. The notebook and
// its files were staged by the SDK in a clock-stamped folder the definition names; sagepipe would
// upload local files to a content-hashed one, so the import keeps that folder (`inputLocation`)
// and the notebook's and initialization script's names, and nothing is uploaded.
import { NOTEBOOK_JOB_CHANNEL, notebookJobEnvironment, notebookJobPrefix, notebookJobSystemTags } from "@sagepipe/core";
import { isJsonObject, textCode, valueCode } from "../expressions.ts";
import { CannotImport } from "../import-scope.ts";
import { JsonReader } from "../json-reader.ts";
import { spells, type StepImporter } from "../step-importer.ts";
import { call, literal, object, raw } from "../ts-code.ts";
import { tagsCode } from "./job-settings.ts";
import { isNotebookJob } from "./kept-job-name.ts";

const BY = "notebookJob()";

/** The S3 output path the SDK writes: Join("/", [root, pipeline, execution id, step]). */
function outputRoot(path: unknown, pointer: string, pipelineName: string, stepName: string): string {
  const join = isJsonObject(path) ? path["Std:Join"] : undefined;
  const values = isJsonObject(join) && join.On === "/" && Array.isArray(join.Values) ? (join.Values as unknown[]) : undefined;
  const id = values?.[2];
  if (!values || values.length !== 4 || typeof values[0] !== "string" || !isJsonObject(id) || id.Get !== "Execution.PipelineExecutionId") {
    throw new CannotImport(pointer, `${BY} writes the output path as join("/", [s3RootUri, <pipeline>, PipelineExecutionId, <step>])`);
  }
  const root = values[0];
  if (!root.startsWith("s3://") || root.endsWith("/")) throw new CannotImport(`${pointer}/Std:Join/Values/0`, `${BY} writes s3RootUri as an s3:// URI without a trailing '/'`);
  if (values[1] !== pipelineName) throw new CannotImport(`${pointer}/Std:Join/Values/1`, `${BY} writes the pipeline's name here, and the pipeline is named ${JSON.stringify(pipelineName)}`);
  if (values[3] !== stepName) throw new CannotImport(`${pointer}/Std:Join/Values/3`, `${BY} writes the step's name here (${JSON.stringify(stepName)})`);
  return root;
}

/** The pipeline name a notebook job's output path holds, when the definition has one (the definition itself does not name its pipeline). */
export function notebookPipelineName(steps: readonly { readonly step: unknown }[]): string | undefined {
  for (const { step } of steps) {
    const args = isJsonObject(step) ? step.Arguments : undefined;
    const output = isJsonObject(args) && isJsonObject(args.OutputDataConfig) ? args.OutputDataConfig.S3OutputPath : undefined;
    const join = isJsonObject(output) ? output["Std:Join"] : undefined;
    const values = isJsonObject(join) && Array.isArray(join.Values) ? join.Values : [];
    if (isJsonObject(args) && isNotebookJob(args) && values.length === 4 && typeof values[1] === "string") return values[1];
  }
  return undefined;
}

/** The one input channel: the staged folder, kept as `inputLocation`. */
function inputLocation(a: JsonReader): string {
  const inputs = a.list("InputDataConfig");
  if (inputs?.length !== 1) throw new CannotImport(a.at("InputDataConfig"), `${BY} writes one input channel, ${NOTEBOOK_JOB_CHANNEL}`);
  const channel = JsonReader.of(inputs[0], `${a.at("InputDataConfig")}/0`, BY);
  channel.expect("ChannelName", NOTEBOOK_JOB_CHANNEL);
  const source = channel.object("DataSource");
  const s3 = source?.object("S3DataSource");
  if (!s3) throw new CannotImport(channel.at("DataSource"), `${BY} reads its input from S3`);
  s3.expect("S3DataType", "S3Prefix");
  s3.expect("S3DataDistributionType", "FullyReplicated");
  const uri = s3.text("S3Uri");
  if (uri === undefined || !uri.startsWith("s3://")) throw new CannotImport(s3.at("S3Uri"), `${BY} takes the staged input folder as an s3:// URI`);
  for (const r of [s3, source!, channel]) r.done();
  return uri;
}

export const notebookJobImporter: StepImporter = {
  write(step, scope) {
    const a = step.args;
    const v = (r: JsonReader | undefined, key: string) => (r?.has(key) ? valueCode(r.take(key), scope, r.at(key)) : undefined);
    // A value core always writes, left out when it is core's default.
    const unless = (r: JsonReader, key: string, dflt: unknown) => {
      if (!r.has(key)) throw new CannotImport(r.at(key), `${BY} always writes ${key} (${JSON.stringify(dflt)} by default)`);
      return r.value[key] === dflt ? (r.take(key), undefined) : v(r, key);
    };
    const jobName = a.text("TrainingJobName");
    const role = a.take("RoleArn");
    if (jobName === undefined) throw new CannotImport(a.at("TrainingJobName"), `${BY} always writes TrainingJobName`);
    if (typeof role !== "string") throw new CannotImport(a.at("RoleArn"), `${BY} takes the role as text`);

    const spec = a.object("AlgorithmSpecification")!;
    const image = spec.text("TrainingImage");
    if (image === undefined) throw new CannotImport(spec.at("TrainingImage"), `${BY} takes the image as text`);
    spec.expect("TrainingInputMode", "File");
    const entry = spec.list("ContainerEntrypoint");
    if (entry?.length !== 1) throw new CannotImport(spec.at("ContainerEntrypoint"), `${BY} runs the job with ["amazon_sagemaker_scheduler"] alone`);
    spec.done();

    // The scheduler's environment: what is not the SDK's own is the user's env.
    const env = a.object("Environment");
    if (!env) throw new CannotImport(a.at("Environment"), `${BY} always writes the scheduler's Environment`);
    const region = env.text("AWS_DEFAULT_REGION");
    const kernelName = env.text("SM_KERNEL_NAME");
    const notebookName = env.text("SM_INPUT_NOTEBOOK_NAME");
    const initScriptName = env.text("SM_INIT_SCRIPT");
    if (region === undefined || kernelName === undefined || notebookName === undefined) {
      throw new CannotImport(env.pointer, `${BY} always writes AWS_DEFAULT_REGION, SM_KERNEL_NAME and SM_INPUT_NOTEBOOK_NAME`);
    }
    scope.useRegion(region, env.at("AWS_DEFAULT_REGION"));
    const id = { region, kernelName, jobName, notebookName, ...(initScriptName !== undefined ? { initScriptName } : {}) };
    for (const [key, value] of Object.entries(notebookJobEnvironment(id))) if (value !== undefined) env.expect(key, value);
    const userEnv = Object.keys(env.value).filter((k) => !Object.hasOwn(notebookJobEnvironment(id), k));
    const envCode = userEnv.length ? object(userEnv.map((k) => [k, v(env, k)] as const)) : undefined;
    env.done();

    // The job's name: notebookJobName, or by default the notebook's file name made a job prefix.
    const named = jobName === notebookJobPrefix(notebookName) ? undefined : jobName;
    if (named !== undefined && (!/^[a-zA-Z][a-zA-Z0-9_-]*$/.test(named) || notebookJobPrefix(named) !== named)) {
      throw new CannotImport(a.at("TrainingJobName"), `${BY} names the job from notebookJobName (a letter, then letters, digits and '-')`);
    }

    const tags = a.list("Tags") ?? [];
    const system = notebookJobSystemTags(id);
    const own = tags.slice(0, tags.length - system.length);
    if (JSON.stringify(tags.slice(own.length)) !== JSON.stringify(system)) {
      throw new CannotImport(a.at("Tags"), `${BY} ends the tags with the SDK's: ${system.map((t) => t.Key).join(", ")}`);
    }

    const output = a.object("OutputDataConfig")!;
    const root = outputRoot(output.take("S3OutputPath"), output.at("S3OutputPath"), scope.pipelineName, step.name);
    const resources = a.object("ResourceConfig");
    if (!resources) throw new CannotImport(a.at("ResourceConfig"), `${BY} always writes ResourceConfig`);
    resources.expect("InstanceCount", 1);
    const retry = a.object("RetryStrategy");
    const stopping = a.object("StoppingCondition");
    const vpc = a.object("VpcConfig");
    if (vpc && !(vpc.has("SecurityGroupIds") && vpc.has("Subnets"))) throw new CannotImport(vpc.pointer, `${BY} writes both SecurityGroupIds and Subnets`);
    const hyper = a.object("HyperParameters");
    if (hyper && !Object.keys(hyper.value).length) throw new CannotImport(hyper.pointer, `${BY} writes no empty HyperParameters`);
    const props = object([
      ["inputNotebook", literal(notebookName)],
      ["image", raw(scope.constant("image", literal(image)))],
      ["kernelName", literal(kernelName)],
      ["role", raw(scope.constant("role", literal(role)))],
      ["notebookJobName", named === undefined ? undefined : literal(named)],
      ["s3RootUri", literal(root)],
      ["inputLocation", literal(inputLocation(a))],
      ["parameters", hyper ? object(Object.keys(hyper.value).map((k) => [k, textCode(hyper.take(k), scope, hyper.at(k))] as const)) : undefined],
      ["env", envCode],
      ["initializationScript", initScriptName === undefined ? undefined : literal(initScriptName)],
      ["s3KmsKey", v(output, "KmsKeyId")],
      ["instanceType", unless(resources, "InstanceType", "ml.m5.large")],
      ["volumeSizeInGB", unless(resources, "VolumeSizeInGB", 30)],
      ["volumeKmsKey", v(resources, "VolumeKmsKeyId")],
      ["encryptInterContainerTraffic", unless(a, "EnableInterContainerTrafficEncryption", true)],
      ["securityGroupIds", vpc ? v(vpc, "SecurityGroupIds") : undefined],
      ["subnets", vpc ? v(vpc, "Subnets") : undefined],
      ["maxRetryAttempts", retry ? unless(retry, "MaximumRetryAttempts", 1) : undefined],
      ["maxRuntimeInSeconds", stopping ? unless(stopping, "MaxRuntimeInSeconds", 172800) : undefined],
      ["tags", own.length ? tagsCode(own, a.at("Tags"), scope, BY) : undefined],
    ]);
    if (!retry || !stopping) throw new CannotImport(a.at(retry ? "StoppingCondition" : "RetryStrategy"), `${BY} always writes RetryStrategy and StoppingCondition`);
    for (const r of [hyper, vpc, stopping, retry, resources, output, a]) r?.done();
    return {
      decorator: "NotebookJob",
      body: call(scope.use("notebookJob"), [props]),
      notes: [
        "The notebook and its files are the ones the SDK staged in inputLocation (a clock-stamped folder); sagepipe",
        "would upload local files to a content-hashed folder instead, so the folder is kept as written.",
      ],
    };
  },
  /** The SDK's named properties of a notebook job; no other property is exposed. */
  reference(segments, stepCall) {
    const named: Record<string, (s: typeof segments) => boolean> = {
      ComputingJobName: (s) => spells(s, "TrainingJobName"),
      ComputingJobStatus: (s) => spells(s, "TrainingJobStatus"),
      NotebookJobOutputLocationPrefix: (s) => spells(s, "OutputDataConfig.S3OutputPath"),
      NotebookJobInputLocation: (s) => s.map((x) => `${x.name}${x.indexes.map((i) => `[${i}]`).join("")}`).join(".") === "InputDataConfig[0].DataSource.S3DataSource.S3Uri",
      InputNotebookName: (s) => s.length === 1 && s[0]!.name === "Environment" && s[0]!.indexes.length === 1 && s[0]!.indexes[0] === "SM_INPUT_NOTEBOOK_NAME",
      OutputNotebookName: (s) => s.length === 1 && s[0]!.name === "Environment" && s[0]!.indexes.length === 1 && s[0]!.indexes[0] === "SM_OUTPUT_NOTEBOOK_NAME",
    };
    const hit = Object.entries(named).find(([, test]) => test(segments))?.[0];
    return hit === undefined ? undefined : `${stepCall}.properties.${hit}`;
  },
  closedProperties: "notebookJob() exposes only the SDK's named properties (ComputingJobName, ComputingJobStatus, NotebookJobInputLocation, NotebookJobOutputLocationPrefix, InputNotebookName, OutputNotebookName)",
};
