// What `estimator({...})` holds, read back from a training job's settings: a Training step's
// arguments (CreateTrainingJob) or a tuning job's TrainingJobDefinition, which share their shape
// but for the resource and hyperparameter keys. Channels (`.fit({ channel: input })`) too.
import { parseGet } from "@sagepipe/validate";
import { isJsonObject, valueCode } from "../expressions.ts";
import { CannotImport, type ImportScope } from "../import-scope.ts";
import { JsonReader } from "../json-reader.ts";
import { array, literal, object, raw, type Code } from "../ts-code.ts";
import { frameworkCode, jsonHyperparameter } from "./fetched-code.ts";

/** Where the job's settings differ between a training job and a tuning job's definition. */
export interface EstimatorShape {
  /** What writes these keys, for messages ("estimator().fit()"). */
  readonly by: string;
  readonly resources: "ResourceConfig" | "HyperParameterTuningResourceConfig";
  /** `HyperParameters` (optional) or `StaticHyperParameters` (always written, `{}` when none). */
  readonly hyperparameters: "HyperParameters" | "StaticHyperParameters";
  /** A Training step's name: with --fetch-code, its framework source bundle may become a local folder (frameworkEstimator()). */
  readonly fetchFrameworkOf?: string;
}

/** `{ channel: input }` entry from one InputDataConfig channel. */
function channelCode(channel: unknown, pointer: string, scope: ImportScope, by: string): [string, Code] {
  const r = JsonReader.of(channel, pointer, by);
  const name = r.text("ChannelName");
  if (name === undefined || /^(0|[1-9]\d*)$/.test(name)) throw new CannotImport(r.at("ChannelName"), `${by} needs channel names that are not numbers`);
  const source = r.object("DataSource");
  const s3 = source?.object("S3DataSource");
  source?.done();
  if (!s3) throw new CannotImport(r.at("DataSource"), `${by} writes S3 channels only`);
  const data = valueCode(s3.take("S3Uri"), scope, s3.at("S3Uri"));
  const setting = (reader: JsonReader, key: string, dflt?: string): Code | undefined => {
    const v = reader.take(key);
    if (v === undefined && dflt !== undefined) throw new CannotImport(reader.at(key), `${by} always writes ${key} (${dflt} by default)`);
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

/** `.fit()`'s channels from the job's InputDataConfig: `{ channel: input }`, or undefined when it has none. */
export function channelsCode(a: JsonReader, scope: ImportScope, by: string): Code | undefined {
  const channels = a.list("InputDataConfig");
  if (channels && !channels.length) throw new CannotImport(a.at("InputDataConfig"), `${by} writes no empty InputDataConfig`);
  return channels ? object(channels.map((c, i) => channelCode(c, `${a.at("InputDataConfig")}/${i}`, scope, by))) : undefined;
}

/**
 * One hyperparameter. estimator() writes text as is, a String parameter or a join as is, and
 * any other variable `v` as the SDK's to_string(): a join of `v` alone. So such a join is
 * written as `v`, and a bare reference that is not a String parameter cannot be written.
 */
function hyperparameterCode(hyper: JsonReader, key: string, scope: ImportScope, by: string): Code {
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
  throw new CannotImport(at, `${by} writes a hyperparameter as text, a String parameter, a join, or another variable joined alone (to_string())`);
}

/** An estimator's settings read from a job: its props, its metric definitions, and `done()` for the readers. */
export interface EstimatorParts {
  /** Entries of `estimator({...})` (undefined values are left out). */
  readonly entries: (readonly [string, Code | undefined])[];
  /** `MetricDefinitions` as `[{ name, regex }]`, when written. */
  readonly metrics: Code | undefined;
  /** The job's S3OutputPath as written. */
  readonly outputPath: unknown;
  /** True when the entries are frameworkEstimator()'s (--fetch-code made the bundle a local folder). */
  readonly framework: boolean;
  /** Fails on keys of the nested objects nobody took (the caller finishes `a` itself). */
  readonly done: () => void;
}

/** Reads the estimator's settings from a job's keys (the caller reads its channels, name and kind-specific keys). */
export function estimatorParts(a: JsonReader, scope: ImportScope, shape: EstimatorShape): EstimatorParts {
  const { by } = shape;
  const algorithm = a.object("AlgorithmSpecification");
  const output = a.object("OutputDataConfig");
  const stopping = a.object("StoppingCondition");
  const resources = a.object(shape.resources);
  if (!algorithm || !output || !stopping || !resources) throw new CannotImport(a.pointer, `${by} needs AlgorithmSpecification, OutputDataConfig, StoppingCondition and ${shape.resources}`);
  const v = (r: JsonReader, key: string) => (r.has(key) ? valueCode(r.take(key), scope, r.at(key)) : undefined);
  const withDefault = (r: JsonReader, key: string, dflt: unknown) => {
    const value = r.take(key);
    if (value === undefined) throw new CannotImport(r.at(key), `${by} always writes ${key} (${JSON.stringify(dflt)} by default)`);
    return value === dflt ? undefined : valueCode(value, scope, r.at(key));
  };
  const role = a.take("RoleArn");
  if (typeof role !== "string") throw new CannotImport(a.at("RoleArn"), `${by} takes the role as text`);
  const image = algorithm.value.TrainingImage;
  const mode = algorithm.text("TrainingInputMode");
  if (mode === undefined) throw new CannotImport(algorithm.at("TrainingInputMode"), `${by} always writes TrainingInputMode (File by default)`);
  const metricList = algorithm.list("MetricDefinitions");
  if (metricList && !metricList.length) throw new CannotImport(algorithm.at("MetricDefinitions"), `${by} writes no empty MetricDefinitions`);
  const metrics = metricList?.map((m, i) => {
    const r = JsonReader.of(m, `${algorithm.at("MetricDefinitions")}/${i}`, by);
    const code = object([["name", v(r, "Name")], ["regex", v(r, "Regex")]]);
    r.done();
    return code;
  });
  const outputPath = output.take("S3OutputPath");
  if (outputPath === undefined) throw new CannotImport(output.at("S3OutputPath"), `${by} always writes S3OutputPath`);
  const hyper = a.object(shape.hyperparameters);
  if (!hyper && shape.hyperparameters === "StaticHyperParameters") throw new CannotImport(a.at("StaticHyperParameters"), `${by} always writes StaticHyperParameters ({} when none)`);
  // --fetch-code: a framework estimator's source bundle becomes a local folder (frameworkEstimator()).
  const framework = shape.fetchFrameworkOf !== undefined && hyper && Object.entries(hyper.value).every(([k, v]) => typeof v !== "string" || k.startsWith("sagemaker_") || jsonHyperparameter(v) !== undefined)
    ? frameworkCode(shape.fetchFrameworkOf, hyper.value, hyper.pointer, scope)
    : undefined;
  for (const k of framework?.own ?? []) hyper?.take(k);
  const hyperKeys = hyper ? Object.keys(hyper.value).filter((k) => !framework?.own.has(k)) : [];
  const hyperCode = hyper && (hyperKeys.length || (!framework && shape.hyperparameters === "HyperParameters"))
    ? object(hyperKeys.map((k) => [k, framework && typeof hyper.value[k] === "string" ? literal(jsonHyperparameter(hyper.take(k) as string)!) : hyperparameterCode(hyper, k, scope, by)]))
    : undefined;
  const isolation = a.take("EnableNetworkIsolation");
  const encryption = a.take("EnableInterContainerTrafficEncryption");
  if (isolation === false || encryption === false) throw new CannotImport(a.at(isolation === false ? "EnableNetworkIsolation" : "EnableInterContainerTrafficEncryption"), `${by} writes these settings only when true`);
  const vpc = a.object("VpcConfig");
  const network = object([
    ["enableNetworkIsolation", isolation === undefined ? undefined : valueCode(isolation, scope, a.at("EnableNetworkIsolation"))],
    ["encryptInterContainerTraffic", encryption === undefined ? undefined : valueCode(encryption, scope, a.at("EnableInterContainerTrafficEncryption"))],
    ["securityGroupIds", vpc ? v(vpc, "SecurityGroupIds") : undefined],
    ["subnets", vpc ? v(vpc, "Subnets") : undefined],
  ]);
  const checkpoint = a.object("CheckpointConfig");
  const entries: (readonly [string, Code | undefined])[] = [
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
    ["checkpointS3Uri", checkpoint ? v(checkpoint, "S3Uri") : undefined],
    ["checkpointLocalPath", checkpoint ? v(checkpoint, "LocalPath") : undefined],
    ["network", network.kind === "object" && network.entries.length ? network : undefined],
    ["outputKmsKey", v(output, "KmsKeyId")],
    ["volumeKmsKey", v(resources, "VolumeKmsKeyId")],
    ["entryPoint", framework ? literal(framework.entryPoint) : undefined],
    ["sourceDir", framework ? literal(framework.sourceDir) : undefined],
    ["containerLogLevel", framework?.containerLogLevel !== undefined ? literal(framework.containerLogLevel) : undefined],
  ];
  const done = () => {
    for (const r of [algorithm, output, stopping, resources, hyper, vpc, checkpoint]) r?.done();
  };
  return { entries, metrics: metrics ? array(metrics) : undefined, outputPath, framework: framework !== undefined, done };
}
