// AutoML steps: `autoML({ role, outputPath, problemType, jobObjective, maxCandidates, ... })
// .fit([autoMLInput({ inputs, targetAttributeName, channelType, ... }), ...])`.
import { KEPT_NAME_LENGTH } from "@sagepipe/core";
import { valueCode } from "../expressions.ts";
import { CannotImport, type ImportScope } from "../import-scope.ts";
import { JsonReader } from "../json-reader.ts";
import type { StepImporter } from "../step-importer.ts";
import { array, call, literal, method, object, raw, type Code } from "../ts-code.ts";
import { tagsCode } from "./job-settings.ts";
import { keptJobNameCode } from "./kept-job-name.ts";

const BY = "autoML().fit()";

/** How much of a base AutoML job name autoML() keeps (core's, which the build cuts to). */
const AUTOML_BASE_LENGTH = KEPT_NAME_LENGTH.autoML;

/** `autoMLInput({...})` from one InputDataConfig entry. */
function inputCode(item: unknown, pointer: string, scope: ImportScope): Code {
  const r = JsonReader.of(item, pointer, BY);
  const v = (reader: JsonReader, key: string) => (reader.has(key) ? valueCode(reader.take(key), scope, reader.at(key)) : undefined);
  const source = r.object("DataSource");
  const s3 = source?.object("S3DataSource");
  source?.done();
  if (!s3 || !s3.has("S3Uri")) throw new CannotImport(r.at("DataSource"), `${BY} writes S3 channels only (DataSource.S3DataSource.S3Uri)`);
  const dataType = s3.text("S3DataType");
  if (dataType === undefined) throw new CannotImport(s3.at("S3DataType"), `${BY} always writes S3DataType (S3Prefix by default)`);
  if (!["S3Prefix", "ManifestFile", "AugmentedManifestFile"].includes(dataType)) throw new CannotImport(s3.at("S3DataType"), `${BY} writes S3DataType as S3Prefix, ManifestFile or AugmentedManifestFile`);
  if (!r.has("TargetAttributeName")) throw new CannotImport(r.at("TargetAttributeName"), `${BY} always writes each channel's TargetAttributeName`);
  const compression = r.text("CompressionType");
  if (compression !== undefined && compression !== "None" && compression !== "Gzip") throw new CannotImport(r.at("CompressionType"), `${BY} writes CompressionType as None or Gzip`);
  const channelType = r.text("ChannelType");
  if (channelType !== undefined && channelType !== "training" && channelType !== "validation") throw new CannotImport(r.at("ChannelType"), `${BY} writes ChannelType as training or validation`);
  const spec = object([
    ["inputs", v(s3, "S3Uri")],
    ["targetAttributeName", v(r, "TargetAttributeName")],
    ["compression", compression === undefined ? undefined : literal(compression)],
    ["channelType", channelType === undefined ? undefined : literal(channelType)],
    ["contentType", v(r, "ContentType")],
    ["s3DataType", dataType === "S3Prefix" ? undefined : literal(dataType)],
    ["sampleWeightAttributeName", v(r, "SampleWeightAttributeName")],
  ]);
  s3.done();
  r.done();
  return call(scope.use("autoMLInput"), [spec]);
}

export const autoMLImporter: StepImporter = {
  write(step, scope) {
    const a = step.args;
    const v = (r: JsonReader | undefined, key: string) => (r?.has(key) ? valueCode(r.take(key), scope, r.at(key)) : undefined);
    const role = a.take("RoleArn");
    if (typeof role !== "string") throw new CannotImport(a.at("RoleArn"), `${BY} takes the role as text`);
    const output = a.object("OutputDataConfig");
    const config = a.object("AutoMLJobConfig");
    const security = config?.object("SecurityConfig");
    if (!output?.has("S3OutputPath") || !config || !security) throw new CannotImport(a.pointer, `${BY} always writes OutputDataConfig.S3OutputPath and AutoMLJobConfig.SecurityConfig`);
    config.expect("Mode", "ENSEMBLING");
    const encryption = security.take("EnableInterContainerTrafficEncryption");
    if (encryption === undefined) throw new CannotImport(security.at("EnableInterContainerTrafficEncryption"), `${BY} always writes EnableInterContainerTrafficEncryption (false by default)`);
    const vpc = security.object("VpcConfig");
    const criteria = config.object("CompletionCriteria");
    if (criteria && !Object.keys(criteria.value).length) throw new CannotImport(criteria.pointer, `${BY} writes no empty CompletionCriteria`);
    const candidates = config.object("CandidateGenerationConfig");
    const split = config.object("DataSplitConfig");
    const goal = a.object("AutoMLJobObjective");
    const problemType = a.text("ProblemType");
    if ((goal === undefined) !== (problemType === undefined)) throw new CannotImport(a.at(goal ? "ProblemType" : "AutoMLJobObjective"), `${BY} writes ProblemType and AutoMLJobObjective together, or neither`);
    if (problemType !== undefined && !["BinaryClassification", "MulticlassClassification", "Regression"].includes(problemType)) {
      throw new CannotImport(a.at("ProblemType"), `${BY} writes ProblemType as BinaryClassification, MulticlassClassification or Regression`);
    }
    const vpcCode = vpc ? object([["securityGroupIds", v(vpc, "SecurityGroupIds")], ["subnets", v(vpc, "Subnets")]]) : undefined;
    if (vpcCode && vpcCode.kind === "object" && vpcCode.entries.length !== 2) throw new CannotImport(vpc!.pointer, `${BY} writes both SecurityGroupIds and Subnets`);
    const props = object([
      ["role", raw(scope.constant("role", literal(role)))],
      ["outputPath", v(output, "S3OutputPath")],
      ["problemType", problemType === undefined ? undefined : literal(problemType)],
      ["jobObjective", goal ? object([["metricName", v(goal, "MetricName")]]) : undefined],
      ["maxCandidates", v(criteria, "MaxCandidates")],
      ["maxRuntimePerTrainingJobInSeconds", v(criteria, "MaxRuntimePerTrainingJobInSeconds")],
      ["totalJobRuntimeInSeconds", v(criteria, "MaxAutoMLJobRuntimeInSeconds")],
      ["encryptInterContainerTraffic", encryption === false ? undefined : valueCode(encryption, scope, security.at("EnableInterContainerTrafficEncryption"))],
      ["volumeKmsKey", v(security, "VolumeKmsKeyId")],
      ["outputKmsKey", v(output, "KmsKeyId")],
      ["vpcConfig", vpcCode],
      ["featureSpecificationS3Uri", v(candidates, "FeatureSpecificationS3Uri")],
      ["validationFraction", v(split, "ValidationFraction")],
      ["tags", a.has("Tags") ? tagsCode(a.list("Tags")!, a.at("Tags"), scope, BY) : undefined],
      ["baseJobName", keptJobNameCode(a, "AutoMLJobName", scope, BY, "baseJobName", AUTOML_BASE_LENGTH)],
    ]);
    const inputs = a.list("InputDataConfig") ?? [];
    if (inputs.length < 1 || inputs.length > 2) throw new CannotImport(a.at("InputDataConfig"), `${BY} writes one or two channels (training and validation)`);
    const fit = array(inputs.map((item, i) => inputCode(item, `${a.at("InputDataConfig")}/${i}`, scope)));
    for (const r of [goal, vpc, security, criteria, candidates, split, config, output, a]) r?.done();
    return { decorator: "AutoML", body: method(call(scope.use("autoML"), [props]), "fit", [fit]) };
  },
};
