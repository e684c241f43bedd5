import { suite } from "uvu";
import * as assert from "uvu/assert";
import {
  ExecutionVariables, EXECUTION_VARIABLE_NAMES, ParameterNode, PropertyNode, eq, gt, gte, isIn, join, lt, lte, not, or,
  propertyProxy, renderValue, s3, str, type Properties, forEachExpression,
} from "./index.ts";

const t = suite("expressions");
const root = { prefix: () => "Steps.S" };

t("parameters render as Get Parameters.<name>", () => {
  const p = ParameterNode.create("InputData", "String", "s3://b/k");
  assert.equal(renderValue(p), { Get: "Parameters.InputData" });
  assert.is(p.defaultValue, "s3://b/k");
});

t("all 8 execution variables render as Get Execution.<name>", () => {
  assert.is(EXECUTION_VARIABLE_NAMES.length, 8);
  for (const n of EXECUTION_VARIABLE_NAMES) assert.equal(renderValue(ExecutionVariables[n]), { Get: `Execution.${n}` });
});

t("property paths use the SDK's syntax: fields, ['key'] and [0]", () => {
  const props = propertyProxy<Properties<{ ProcessingOutputConfig: { Outputs: { S3Output: { S3Uri: string } }[] }; TrainingJobSummaries: { TrainingJobName: string }[]; HyperParameters: Record<string, string> }>>(root);
  assert.equal(renderValue(props.ProcessingOutputConfig.Outputs["train"]!.S3Output.S3Uri), { Get: "Steps.S.ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri" });
  assert.equal(renderValue(props.TrainingJobSummaries[0]!.TrainingJobName), { Get: "Steps.S.TrainingJobSummaries[0].TrainingJobName" });
  assert.equal(renderValue(props.HyperParameters["epochs"]!), { Get: "Steps.S.HyperParameters['epochs']" });
});

t("the step name is read at render time", () => {
  let name = "Before";
  const ref = PropertyNode.create({ prefix: () => `Steps.${name}` }, [{ field: "ModelName" }]);
  name = "After";
  assert.equal(renderValue(ref), { Get: "Steps.After.ModelName" });
});

t("tagged template builds Std:Join with separator '' and folds plain values into text", () => {
  const bucket = ParameterNode.create("Bucket", "String");
  const v = s3`s3://${bucket}/${ExecutionVariables.PipelineExecutionId}/out-${3}`;
  assert.equal(renderValue(v), { "Std:Join": { On: "", Values: ["s3://", { Get: "Parameters.Bucket" }, "/", { Get: "Execution.PipelineExecutionId" }, "/out-3"] } });
});

t("tagged template without pipeline variables is the plain string", () => {
  assert.is(str`a${1}b${"c"}`, "a1bc");
});

t("join keeps numbers and booleans as JSON values", () => {
  assert.equal(renderValue(join(",", ["a", 1, true, 2.5])), { "Std:Join": { On: ",", Values: ["a", 1, true, 2.5] } });
});

t("toString, template coercion and JSON.stringify throw and name the tagged template", () => {
  const p = ParameterNode.create("X", "String");
  assert.throws(() => String(p), /tagged template s3`/);
  assert.throws(() => `${p as unknown as string}`, /tagged template/);
  assert.throws(() => JSON.stringify({ p }), /tagged template/);
  const props = propertyProxy<Properties<{ A: string }>>(root);
  assert.throws(() => String(props.A), /Steps\.S\.A.*tagged template/);
});

t("all condition kinds render as the SDK does", () => {
  const x = ParameterNode.create("X", "Integer");
  assert.equal(renderValue(eq(x, 1)), { Type: "Equals", LeftValue: { Get: "Parameters.X" }, RightValue: 1 });
  assert.equal(renderValue(gt(x, 1)), { Type: "GreaterThan", LeftValue: { Get: "Parameters.X" }, RightValue: 1 });
  assert.equal((renderValue(gte(x, 1)) as { Type: string }).Type, "GreaterThanOrEqualTo");
  assert.equal((renderValue(lt(x, 1)) as { Type: string }).Type, "LessThan");
  assert.equal((renderValue(lte(x, 1)) as { Type: string }).Type, "LessThanOrEqualTo");
  assert.equal(renderValue(isIn(x, [1, 2])), { Type: "In", QueryValue: { Get: "Parameters.X" }, Values: [1, 2] });
  assert.equal(renderValue(not(eq(x, 1))), { Type: "Not", Condition: { Type: "Equals", LeftValue: { Get: "Parameters.X" }, RightValue: 1 } });
  assert.equal(renderValue(or(eq(x, 1), eq(x, 2))), { Type: "Or", Conditions: [renderValue(eq(x, 1)), renderValue(eq(x, 2))] });
});

t("forEachExpression finds nested property references", () => {
  const props = propertyProxy<Properties<{ A: string; B: string }>>(root);
  const found: string[] = [];
  forEachExpression({ x: [join("/", [props.A, "k"])], y: lte(props.B as never, 1) }, (n) => n.kind === "Property" && found.push(JSON.stringify(renderValue(n))));
  assert.equal(found, ['{"Get":"Steps.S.A"}', '{"Get":"Steps.S.B"}']);
});

t.run();
