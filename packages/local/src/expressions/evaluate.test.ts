import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Json } from "../definition/definition-types.ts";
import { evaluate } from "./evaluate.ts";
import type { ExpressionScope, Lookup, ParameterValue } from "./expression-scope.ts";

const params: Record<string, ParameterValue> = {
  Threshold: { type: "Float", value: 6 },
  Count: { type: "Integer", value: 3 },
  Bucket: { type: "String", value: "my-bucket" },
};

const steps: Record<string, Json> = {
  Prep: {
    ProcessingOutputConfig: { Outputs: [{ OutputName: "train", S3Output: { S3Uri: "s3://b/run/train" } }, { OutputName: "test", S3Output: { S3Uri: "s3://b/run/test" } }] },
    ProcessingJobStatus: "Completed",
  },
};

const files: Record<string, Json> = {
  "Eval/Report": { metrics: { mse: { value: 4.5 } }, columns: [{ name: "age" }] },
  "s3://b/run/summary.json": { summary: { count: 12 } },
};

const scope: ExpressionScope = {
  parameter: (name) => params[name],
  execution: (name) => ({ PipelineExecutionId: "abc123", PipelineName: "P" })[name],
  stepProperties: (name): Lookup => (steps[name] ? { value: steps[name]! } : { error: `step '${name}' has not succeeded` }),
  readPropertyFile: (step, file): Lookup => {
    const doc = files[`${step}/${file}`];
    return doc ? { value: doc } : { error: `no property file ${file}` };
  },
  readS3Json: (uri): Lookup => (files[uri] ? { value: files[uri]! } : { error: `nothing at ${uri}` }),
};

const t = suite("evaluate");

t("resolves parameters, execution variables and step properties, leaving plain values alone", () => {
  const r = evaluate(
    {
      a: { Get: "Parameters.Count" },
      b: { Get: "Execution.PipelineExecutionId" },
      c: { Get: "Steps.Prep.ProcessingOutputConfig.Outputs['test'].S3Output.S3Uri" },
      d: [1, "x", { Get: "Steps.Prep.ProcessingJobStatus" }],
      e: { Get: "x", Other: 1 },
    },
    "",
    scope,
  );
  assert.equal(r.problems, []);
  assert.equal(r.value, { a: 3, b: "abc123", c: "s3://b/run/test", d: [1, "x", "Completed"], e: { Get: "x", Other: 1 } });
});

t("Std:Join joins with On (default empty) and writes Float parameters with a decimal point", () => {
  const r = evaluate(
    {
      uri: { "Std:Join": { On: "/", Values: ["s3:/", { Get: "Parameters.Bucket" }, { Get: "Execution.PipelineExecutionId" }, "out"] } },
      msg: { "Std:Join": { On: " ", Values: ["MSE >", { Get: "Parameters.Threshold" }, 2.5, true] } },
      plain: { "Std:Join": { Values: ["a", 1, "b"] } },
    },
    "",
    scope,
  );
  assert.equal(r.value, { uri: "s3://my-bucket/abc123/out", msg: "MSE > 6.0 2.5 true", plain: "a1b" });
});

t("Std:JsonGet reads property files and S3 JSON, with list indexes in the path", () => {
  const r = evaluate(
    {
      mse: { "Std:JsonGet": { PropertyFile: { Get: "Steps.Eval.PropertyFiles.Report" }, Path: "metrics.mse.value" } },
      col: { "Std:JsonGet": { PropertyFile: { Get: "Steps.Eval.PropertyFiles.Report" }, Path: "columns[0].name" } },
      count: { "Std:JsonGet": { S3Uri: { "Std:Join": { On: "/", Values: ["s3://b", "run", "summary.json"] } }, Path: "summary.count" } },
    },
    "",
    scope,
  );
  assert.equal(r.problems, []);
  assert.equal(r.value, { mse: 4.5, col: "age", count: 12 });
});

t("reports every problem with its JSON pointer instead of stopping at the first", () => {
  const r = evaluate(
    {
      Inputs: [{ S3Uri: { Get: "Parameters.Missing" } }],
      Model: { Get: "Steps.Prep.ProcessingOutputConfig.Outputs['nope'].S3Output.S3Uri" },
      Later: { Get: "Steps.Train.ModelArtifacts.S3ModelArtifacts" },
      Pf: { Get: "Steps.Eval.PropertyFiles.Report" },
      Path: { "Std:JsonGet": { PropertyFile: { Get: "Steps.Eval.PropertyFiles.Report" }, Path: "metrics.rmse" } },
    },
    "/Steps/1/Arguments",
    scope,
  );
  const byPointer = Object.fromEntries(r.problems.map((p) => [p.pointer, p.message]));
  assert.equal(Object.keys(byPointer).sort(), [
    "/Steps/1/Arguments/Inputs/0/S3Uri",
    "/Steps/1/Arguments/Later",
    "/Steps/1/Arguments/Model",
    "/Steps/1/Arguments/Path/Std:JsonGet",
    "/Steps/1/Arguments/Pf",
  ]);
  assert.match(byPointer["/Steps/1/Arguments/Inputs/0/S3Uri"]!, "no parameter 'Missing'");
  assert.match(byPointer["/Steps/1/Arguments/Model"]!, "it has 'train', 'test'");
  assert.match(byPointer["/Steps/1/Arguments/Later"]!, "has not succeeded");
  assert.match(byPointer["/Steps/1/Arguments/Pf"]!, "read it with Std:JsonGet");
  assert.match(byPointer["/Steps/1/Arguments/Path/Std:JsonGet"]!, "no .metrics.rmse");
});

t.run();
