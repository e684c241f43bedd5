// Training steps: `estimator({ role, image, instanceType, instanceCount, ... }).fit({ channel: input })`.
import { parseGet } from "@sagepipe/validate";
import { isJsonObject, valueCode } from "../expressions.ts";
import { CannotImport, type ImportScope } from "../import-scope.ts";
import { JsonReader } from "../json-reader.ts";
import { spells, type StepImporter } from "../step-importer.ts";
import { array, call, literal, method, object, raw, type Code } from "../ts-code.ts";
import { tagsCode } from "./job-settings.ts";
import { isNotebookJob, JOB_BASE_LENGTH, keptJobNameCode } from "./kept-job-name.ts";

const BY = "estimator().fit()";

function channelCode(channel: unknown, pointer: string, scope: ImportScope): [string, Code] {
  const r = JsonReader.of(channel, pointer, BY);
  const name = r.text("ChannelName");
  if (name === undefined || /^(0|[1-9]\d*)$/.test(name)) throw new CannotImport(r.at("ChannelName"), `${BY} needs channel names that are not numbers`);
  const source = r.object("DataSource");
  const s3 = source?.object("S3DataSource");
  source?.done();
  if (!s3) throw new CannotImport(r.at("DataSource"), `${BY} writes S3 channels only`);
  const data = valueCode(s3.take("S3Uri"), scope, s3.at("S3Uri"));
  const setting = (reader: JsonReader, key: string, dflt?: string): Code | undefined => {
    const v = reader.take(key);
    if (v === undefined && dflt !== undefined) throw new CannotImport(reader.at(key), `${BY} always writes ${key} (${dflt} by default)`);
    return v === undefined || v === dflt ? undefined : valueCode(v, scope, reader.at(key));
  };
  const spec = object([
    ["s3Data", data],
    ["contentType", setting(r, "ContentType")],
    ["s3DataType", setting(s3, "S3DataType", "S3Prefix")],
    ["distribution", setting(s3, "S3DataDistributionType", "FullyReplicated")],
    ["compression", setting(r, "CompressionType")],
    ["inputMode", setting(r, "InputMode")],
    ["recordWrapping", setting(r, "RecordWrapperType")],
  ]);
  s3.done();
  r.done();
  return [name, spec.kind === "object" && spec.entries.length === 1 ? data : spec];
}

/**
 * One hyperparameter. estimator() writes text as is, a String parameter or a join as is, and
 * any other variable `v` as the SDK's to_string(): a join of `v` alone. So such a join is
 * written as `v`, and a bare reference that is not a String parameter cannot be written.
 */
function hyperparameterCode(hyper: JsonReader, key: string, scope: ImportScope): Code {
  const value = hyper.take(key);
  const at = hyper.at(key);
  if (typeof value === "string") return literal(value);
  if (isJsonObject(value) && Object.keys(value).length === 1) {
    if (typeof value.Get === "string") {
      const target = parseGet(value.Get);
      if (target.kind === "parameter" && scope.parameter(target.name)?.type === "String") return valueCode(value, scope, at);
    }
    const join = value["Std:Join"];
    if (isJsonObject(join)) {
      const only = Array.isArray(join.Values) && join.Values.length === 1 ? join.Values[0] : undefined;
      const stringParameter = isJsonObject(only) && typeof only.Get === "string" && (() => {
        const target = parseGet(only.Get as string);
        return target.kind === "parameter" && scope.parameter(target.name)?.type === "String";
      })();
      const wrapped = join.On === "" && isJsonObject(only) && Object.keys(only).length === 1 && only["Std:Join"] === undefined && !stringParameter;
      return valueCode(wrapped ? only : value, scope, at);
    }
  }
  throw new CannotImport(at, `${BY} writes a hyperparameter as text, a String parameter, a join, or another variable joined alone (to_string())`);
}

/** JSON with object keys sorted, to compare values whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);
}

/** The debugger and profiler settings estimator() writes unless disableDebugger: true (undefined when they are those). */
function debuggerDisabled(a: JsonReader, outputPath: unknown): boolean {
  const hook = a.take("DebugHookConfig");
  const profiler = a.take("ProfilerConfig");
  if (hook === undefined && profiler === undefined) return true;
  const same = (x: unknown, y: unknown) => canonical(x) === canonical(y);
  if (same(hook, { S3OutputPath: outputPath, CollectionConfigurations: [] }) && same(profiler, { S3OutputPath: outputPath, DisableProfiler: false })) return false;
  throw new CannotImport(a.at(hook === undefined ? "ProfilerConfig" : "DebugHookConfig"), `${BY} writes the debugger hook and profiler at the output path, or neither (disableDebugger: true)`);
}

export const trainingImporter: StepImporter = {
  write(step, scope) {
    const a = step.args;
    if (isNotebookJob(a.value)) throw new CannotImport(a.at("AlgorithmSpecification"), "a notebook job (run by amazon_sagemaker_scheduler, which notebookJob() writes): the importer does not yet map it back onto notebookJob()");
    const algorithm = a.object("AlgorithmSpecification");
    const output = a.object("OutputDataConfig");
    const stopping = a.object("StoppingCondition");
    const resources = a.object("ResourceConfig");
    if (!algorithm || !output || !stopping || !resources) throw new CannotImport(a.pointer, `${BY} needs AlgorithmSpecification, OutputDataConfig, StoppingCondition and ResourceConfig`);
    const v = (r: JsonReader, key: string) => (r.has(key) ? valueCode(r.take(key), scope, r.at(key)) : undefined);
    const withDefault = (r: JsonReader, key: string, dflt: unknown) => {
      const value = r.take(key);
      if (value === undefined) throw new CannotImport(r.at(key), `${BY} always writes ${key} (${JSON.stringify(dflt)} by default)`);
      return value === dflt ? undefined : valueCode(value, scope, r.at(key));
    };
    const role = a.take("RoleArn");
    if (typeof role !== "string") throw new CannotImport(a.at("RoleArn"), `${BY} takes the role as text`);
    const image = algorithm.value.TrainingImage;
    const mode = algorithm.text("TrainingInputMode");
    if (mode === undefined) throw new CannotImport(algorithm.at("TrainingInputMode"), `${BY} always writes TrainingInputMode (File by default)`);
    const metrics = algorithm.list("MetricDefinitions")?.map((m, i) => {
      const r = JsonReader.of(m, `${algorithm.at("MetricDefinitions")}/${i}`, BY);
      const code = object([["name", v(r, "Name")], ["regex", v(r, "Regex")]]);
      r.done();
      return code;
    });
    const outputPath = output.take("S3OutputPath");
    if (outputPath === undefined) throw new CannotImport(output.at("S3OutputPath"), `${BY} always writes S3OutputPath`);
    const hyper = a.object("HyperParameters");
    const hyperCode = hyper ? object(Object.keys(hyper.value).map((k) => [k, hyperparameterCode(hyper, k, scope)])) : undefined;
    const isolation = a.take("EnableNetworkIsolation");
    const encryption = a.take("EnableInterContainerTrafficEncryption");
    if (isolation === false || encryption === false) throw new CannotImport(a.at(isolation === false ? "EnableNetworkIsolation" : "EnableInterContainerTrafficEncryption"), `${BY} writes these settings only when true`);
    const vpc = a.object("VpcConfig");
    const network = object([
      ["enableNetworkIsolation", isolation === undefined ? undefined : valueCode(isolation, scope, a.at("EnableNetworkIsolation"))],
      ["encryptInterContainerTraffic", encryption === undefined ? undefined : valueCode(encryption, scope, a.at("EnableInterContainerTrafficEncryption"))],
      ["securityGroupIds", vpc ? v(vpc, "SecurityGroupIds") : undefined],
      ["subnets", vpc ? v(vpc, "Subnets") : undefined],
    ]);
    const checkpoint = a.object("CheckpointConfig");
    const props = object([
      ["role", raw(scope.constant("role", literal(role)))],
      ["image", typeof image === "string" ? raw(scope.constant("image", literal(algorithm.take("TrainingImage") as string))) : v(algorithm, "TrainingImage")],
      ["instanceType", v(resources, "InstanceType")],
      ["instanceCount", v(resources, "InstanceCount")],
      ["outputPath", valueCode(outputPath, scope, output.at("S3OutputPath"))],
      ["volumeSizeInGB", withDefault(resources, "VolumeSizeInGB", 30)],
      ["maxRunSeconds", withDefault(stopping, "MaxRuntimeInSeconds", 86400)],
      ["inputMode", mode === "File" ? undefined : literal(mode)],
      ["hyperparameters", hyperCode],
      ["env", v(a, "Environment")],
      ["disableDebugger", debuggerDisabled(a, outputPath) ? literal(true) : undefined],
      ["metricDefinitions", metrics?.length ? array(metrics) : undefined],
      ["checkpointS3Uri", checkpoint ? v(checkpoint, "S3Uri") : undefined],
      ["checkpointLocalPath", checkpoint ? v(checkpoint, "LocalPath") : undefined],
      ["tags", a.has("Tags") ? tagsCode(a.list("Tags")!, a.at("Tags"), scope, BY) : undefined],
      ["network", network.kind === "object" && network.entries.length ? network : undefined],
      ["outputKmsKey", v(output, "KmsKeyId")],
      ["volumeKmsKey", v(resources, "VolumeKmsKeyId")],
      ["baseJobName", keptJobNameCode(a, "TrainingJobName", scope, "baseJobName", JOB_BASE_LENGTH)],
    ]);
    if (metrics && !metrics.length) throw new CannotImport(algorithm.at("MetricDefinitions"), `${BY} writes no empty MetricDefinitions`);
    const channels = a.list("InputDataConfig");
    if (channels && !channels.length) throw new CannotImport(a.at("InputDataConfig"), `${BY} writes no empty InputDataConfig`);
    const fit = channels ? [object(channels.map((c, i) => channelCode(c, `${a.at("InputDataConfig")}/${i}`, scope)))] : [];
    for (const r of [algorithm, output, stopping, resources, hyper, vpc, checkpoint, a]) r?.done();
    return { decorator: "Training", body: method(call(scope.use("estimator"), [props]), "fit", fit) };
  },
  reference: (segments, stepCall) => (spells(segments, "ModelArtifacts.S3ModelArtifacts") ? `${stepCall}.modelArtifacts` : undefined),
};
