// Transform steps: `transformer({ modelName, instanceType, instanceCount, outputPath, ... }).transform({ data, ... })`.
import { valueCode } from "../expressions.ts";
import { CannotImport } from "../import-scope.ts";
import { JsonReader } from "../json-reader.ts";
import { spells, type StepImporter } from "../step-importer.ts";
import { keptJobNameCode } from "./kept-job-name.ts";
import { call, method, object, type Code } from "../ts-code.ts";

const BY = "transformer().transform()";

export const transformImporter: StepImporter = {
  write(step, scope) {
    const a = step.args;
    const v = (r: JsonReader | undefined, key: string): Code | undefined => (r?.has(key) ? valueCode(r.take(key), scope, r.at(key)) : undefined);
    const input = a.object("TransformInput");
    const source = input?.object("DataSource");
    const s3 = source?.object("S3DataSource");
    if (!input || !s3) throw new CannotImport(a.at("TransformInput"), `${BY} needs TransformInput.DataSource.S3DataSource`);
    const output = a.object("TransformOutput");
    const resources = a.object("TransformResources");
    if (!output || !resources) throw new CannotImport(a.pointer, `${BY} needs TransformOutput and TransformResources`);
    const dataType = s3.take("S3DataType");
    if (dataType === undefined) throw new CannotImport(s3.at("S3DataType"), `${BY} always writes S3DataType (S3Prefix by default)`);
    const processing = a.object("DataProcessing");
    const client = a.object("ModelClientConfig");
    const capture = a.object("DataCaptureConfig");
    const nonEmpty = (r: JsonReader | undefined) => {
      if (r && !Object.keys(r.value).length) throw new CannotImport(r.pointer, `${BY} writes no empty ${r.pointer.split("/").pop()}`);
    };
    nonEmpty(processing);
    nonEmpty(client);
    const props = object([
      ["modelName", v(a, "ModelName")],
      ["instanceType", v(resources, "InstanceType")],
      ["instanceCount", v(resources, "InstanceCount")],
      ["outputPath", v(output, "S3OutputPath")],
      ["accept", v(output, "Accept")],
      ["assembleWith", v(output, "AssembleWith")],
      ["outputKmsKey", v(output, "KmsKeyId")],
      ["volumeKmsKey", v(resources, "VolumeKmsKeyId")],
      ["strategy", v(a, "BatchStrategy")],
      ["maxPayloadInMB", v(a, "MaxPayloadInMB")],
      ["maxConcurrentTransforms", v(a, "MaxConcurrentTransforms")],
      ["env", v(a, "Environment")],
      ["baseJobName", keptJobNameCode(a, "TransformJobName", scope, BY, "baseJobName")],
    ]);
    const args = object([
      ["data", v(s3, "S3Uri")],
      ["dataType", dataType === "S3Prefix" ? undefined : valueCode(dataType, scope, s3.at("S3DataType"))],
      ["contentType", v(input, "ContentType")],
      ["compressionType", v(input, "CompressionType")],
      ["splitType", v(input, "SplitType")],
      ["inputFilter", v(processing, "InputFilter")],
      ["outputFilter", v(processing, "OutputFilter")],
      ["joinSource", v(processing, "JoinSource")],
      ["modelClientConfig", client ? object([["invocationsTimeoutInSeconds", v(client, "InvocationsTimeoutInSeconds")], ["invocationsMaxRetries", v(client, "InvocationsMaxRetries")]]) : undefined],
      ["dataCaptureConfig", capture ? object([["destinationS3Uri", v(capture, "DestinationS3Uri")], ["kmsKeyId", v(capture, "KmsKeyId")], ["generateInferenceId", v(capture, "GenerateInferenceId")]]) : undefined],
    ]);
    if (!s3.has("S3Uri") && !(args.kind === "object" && args.entries.some(([k]) => k === "data"))) throw new CannotImport(s3.at("S3Uri"), `${BY} needs the input's S3Uri`);
    for (const r of [s3, source, input, output, resources, processing, client, capture, a]) r?.done();
    return { decorator: "Transform", body: method(call(scope.use("transformer"), [props]), "transform", [args]) };
  },
  reference: (segments, stepCall) => (spells(segments, "TransformOutput.S3OutputPath") ? `${stepCall}.outputPath` : undefined),
};
