// Processing steps: `processor({ role, image, ... }).run({ inputs, outputs, arguments, propertyFiles })`.
// The job's code input and entrypoint are kept as written (an S3 URI stays an S3 URI), unless
// --fetch-code makes the script a local file: `processor({ command }).run({ code })`.
import { isJsonObject, textCode, valueCode } from "../expressions.ts";
import { CannotImport, type ImportScope } from "../import-scope.ts";
import { JsonReader } from "../json-reader.ts";
import type { StepImporter, StepInput } from "../step-importer.ts";
import { array, call, literal, method, object, raw, type Code } from "../ts-code.ts";
import { frameworkScript, processingScript } from "./fetched-code.ts";
import { JOB_BASE_LENGTH, keptJobNameCode } from "./kept-job-name.ts";
import { networkCode, tagsCode } from "./job-settings.ts";

const BY = "processor().run()";

/** Is this the S3 location processor() gives an output by default? */
export function isDefaultDestination(uri: unknown, output: string, stepName: string, scope: ImportScope): boolean {
  const d = scope.defaultOutput;
  if (!d || !isJsonObject(uri) || !isJsonObject(uri["Std:Join"])) return false;
  const join = uri["Std:Join"];
  const want = ["s3:/", d.bucket, d.pipelineName, { Get: "Execution.PipelineExecutionId" }, stepName, "output", output];
  return Object.keys(uri).length === 1 && join.On === "/" && JSON.stringify(join.Values) === JSON.stringify(want);
}

function inputCode(input: unknown, index: number, pointer: string, scope: ImportScope): Code {
  const r = JsonReader.of(input, pointer, BY);
  const name = r.text("InputName");
  r.expect("AppManaged", false);
  const s3 = r.object("S3Input");
  if (!s3) throw new CannotImport(r.at("S3Input"), `${BY} writes S3 inputs only (not dataset definitions)`);
  r.done();
  const source = valueCode(s3.take("S3Uri"), scope, s3.at("S3Uri"));
  const destination = s3.text("LocalPath");
  const setting = (key: string, dflt: string): Code | undefined => {
    const v = s3.text(key);
    if (v === undefined) throw new CannotImport(s3.at(key), `${BY} always writes ${key} (${dflt} by default)`);
    return v === dflt ? undefined : literal(v);
  };
  const entries: [string, Code | undefined][] = [
    ["source", source],
    ["destination", destination === undefined ? undefined : literal(destination)],
    ["inputName", name === `input-${index + 1}` ? undefined : literal(name ?? "")],
    ["s3DataType", setting("S3DataType", "S3Prefix")],
    ["s3InputMode", setting("S3InputMode", "File")],
    ["s3DataDistributionType", setting("S3DataDistributionType", "FullyReplicated")],
    ["s3CompressionType", setting("S3CompressionType", "None")],
  ];
  s3.done();
  if (destination === undefined) throw new CannotImport(s3.at("LocalPath"), `${BY} needs each input's LocalPath`);
  return object(entries);
}

function outputsCode(config: JsonReader, step: StepInput, scope: ImportScope): Code {
  const list = config.list("Outputs") ?? [];
  if (!list.length) throw new CannotImport(config.at("Outputs"), `${BY} writes no ProcessingOutputConfig without outputs`);
  const entries = list.map((o, i): [string, Code] => {
    const r = JsonReader.of(o, `${config.at("Outputs")}/${i}`, BY);
    const name = r.text("OutputName");
    if (name === undefined || /^(0|[1-9]\d*)$/.test(name)) throw new CannotImport(r.at("OutputName"), `${BY} needs output names that are not numbers (an object's keys keep their order only then)`);
    r.expect("AppManaged", false);
    const s3 = r.object("S3Output");
    if (!s3) throw new CannotImport(r.at("S3Output"), `${BY} writes S3 outputs only`);
    r.done();
    const uri = s3.take("S3Uri");
    const source = s3.text("LocalPath") ?? "";
    const mode = s3.text("S3UploadMode");
    s3.done();
    if (mode === undefined) throw new CannotImport(s3.at("S3UploadMode"), `${BY} always writes S3UploadMode (EndOfJob by default)`);
    const isDefault = isDefaultDestination(uri, name, step.name, scope);
    if (isDefault && mode === "EndOfJob") return [name, literal(source)];
    return [name, object([
      ["source", literal(source)],
      ["destination", isDefault ? undefined : valueCode(uri, scope, s3.at("S3Uri"))],
      ["s3UploadMode", mode === "EndOfJob" ? undefined : literal(mode)],
    ])];
  });
  if (new Set(entries.map(([n]) => n)).size !== entries.length) throw new CannotImport(config.at("Outputs"), `${BY} needs distinct output names`);
  return object(entries);
}

function propertyFilesCode(files: readonly unknown[], pointer: string): Code {
  return object(files.map((f, i): [string, Code] => {
    const r = JsonReader.of(f, `${pointer}/${i}`, BY);
    const name = r.text("PropertyFileName") ?? "";
    const entry = object([["output", literal(r.text("OutputName") ?? "")], ["path", literal(r.text("FilePath") ?? "")]]);
    r.done();
    return [name, entry];
  }));
}

export const processingImporter: StepImporter = {
  write(step, scope) {
    const a = step.args;
    const resources = a.object("ProcessingResources");
    const cluster = resources?.object("ClusterConfig");
    resources?.done();
    if (!cluster) throw new CannotImport(a.at("ProcessingResources"), `${BY} needs ProcessingResources.ClusterConfig`);
    const volume = cluster.take("VolumeSizeInGB");
    if (volume === undefined) throw new CannotImport(cluster.at("VolumeSizeInGB"), `${BY} always writes VolumeSizeInGB (30 by default)`);
    const app = a.object("AppSpecification");
    if (!app) throw new CannotImport(a.at("AppSpecification"), `${BY} needs AppSpecification.ImageUri`);
    const entrypoint = app.list("ContainerEntrypoint");
    if (entrypoint && !entrypoint.every((e) => typeof e === "string")) throw new CannotImport(app.at("ContainerEntrypoint"), `${BY} takes an entrypoint of plain text`);
    const role = a.take("RoleArn");
    if (typeof role !== "string") throw new CannotImport(a.at("RoleArn"), `${BY} takes the role as text`);
    const listed = a.list("ProcessingInputs");
    const framework = frameworkScript(step.name, listed, entrypoint, scope);
    const script = framework ? undefined : processingScript(step.name, listed, entrypoint, scope);
    const inputs = framework?.inputs ?? script?.inputs ?? listed;
    const output = a.object("ProcessingOutputConfig");
    const stopping = a.object("StoppingCondition");
    const v = (r: JsonReader, key: string) => (r.has(key) ? valueCode(r.take(key), scope, r.at(key)) : undefined);
    const t = (r: JsonReader, key: string) => (r.has(key) ? textCode(r.take(key), scope, r.at(key)) : undefined);
    const props = object([
      ["role", raw(scope.constant("role", literal(role)))],
      ["image", typeof app.value.ImageUri === "string" ? raw(scope.constant("image", literal(app.take("ImageUri") as string))) : v(app, "ImageUri")],
      ["instanceType", v(cluster, "InstanceType")],
      ["instanceCount", v(cluster, "InstanceCount")],
      ["volumeSizeInGB", volume === 30 ? undefined : valueCode(volume, scope, cluster.at("VolumeSizeInGB"))],
      ["volumeKmsKey", v(cluster, "VolumeKmsKeyId")],
      ["outputKmsKey", output ? v(output, "KmsKeyId") : undefined],
      ["maxRuntimeInSeconds", stopping ? v(stopping, "MaxRuntimeInSeconds") : undefined],
      ["command", script && !(script.command.length === 1 && script.command[0] === "python3") ? array(script.command.map(literal))
        : framework && !(framework.command.length === 1 && framework.command[0] === "python") ? array(framework.command.map(literal)) : undefined],
      ["entrypoint", entrypoint && !script && !framework ? array(entrypoint.map((e) => literal(e as string))) : undefined],
      ["env", v(a, "Environment")],
      ["network", a.has("NetworkConfig") ? networkCode(a.object("NetworkConfig")!, scope, BY) : undefined],
      ["tags", a.has("Tags") ? tagsCode(a.list("Tags")!, a.at("Tags"), scope, BY) : undefined],
      ["baseJobName", keptJobNameCode(a, "ProcessingJobName", scope, BY, "baseJobName", JOB_BASE_LENGTH)],
    ]);
    const files = step.envelope.list("PropertyFiles");
    const run = object([
      ["inputs", inputs?.length ? array(inputs.map((x, i) => inputCode(x, i, `${a.at("ProcessingInputs")}/${i}`, scope))) : undefined],
      ["outputs", output ? outputsCode(output, step, scope) : undefined],
      ["code", script ? literal(script.code) : framework ? literal(framework.script) : undefined],
      ["sourceDir", framework ? literal(framework.sourceDir) : undefined],
      ["arguments", t(app, "ContainerArguments")],
      ["propertyFiles", files ? propertyFilesCode(files, step.envelope.at("PropertyFiles")) : undefined],
    ]);
    for (const r of [cluster, app, output, stopping, a]) r?.done();
    if (listed && !listed.length) throw new CannotImport(a.at("ProcessingInputs"), `${BY} writes no ProcessingInputs when there are none`);
    const notes = script ? [`The script is a copy of ${script.uri} (--fetch-code); the build uploads it to a content-hashed location.`]
      : framework ? [`The source folder is ${framework.uri} unpacked (--fetch-code); the build packs and uploads it again, to a content-hashed location.`] : [];
    return { decorator: "Processing", body: method(call(scope.use(framework ? "frameworkProcessor" : "processor"), [props]), "run", [run]), notes };
  },
  reference(segments, stepCall) {
    const [config, outputs, s3, uri] = segments;
    if (segments.length !== 4 || config?.name !== "ProcessingOutputConfig" || outputs?.name !== "Outputs" || s3?.name !== "S3Output" || uri?.name !== "S3Uri") return undefined;
    const key = outputs.indexes.length === 1 ? outputs.indexes[0] : undefined;
    if (typeof key !== "string" || config.indexes.length || s3.indexes.length || uri.indexes.length) return undefined;
    return `${stepCall}.outputs${/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}`;
  },
};
