import { suite } from "uvu";
import * as assert from "uvu/assert";
import { propertyTrees } from "../schema-data.ts";
import { parsePropertyPath, resolveProperty } from "./property-path.ts";

const t = suite("property paths");
const resolve = (type: string, path: string) => {
  const segments = parsePropertyPath(path);
  if (typeof segments === "string") throw new Error(segments);
  return resolveProperty(propertyTrees(), type, segments);
};

t("parses names, numeric indexes and quoted keys", () => {
  assert.equal(parsePropertyPath("A.B[0]['x.y'][\"z\"].C"), [
    { name: "A", indexes: [] },
    { name: "B", indexes: [0, "x.y", "z"] },
    { name: "C", indexes: [] },
  ]);
});

t("reports where a path is malformed", () => {
  assert.match(parsePropertyPath("Outputs[train]") as string, "character 8");
  assert.match(parsePropertyPath("A.") as string, "ends with");
  assert.match(parsePropertyPath("A..B") as string, "expected a property name");
});

t("resolves the SDK's property references to leaves", () => {
  assert.equal(resolve("Training", "ModelArtifacts.S3ModelArtifacts"), { ok: true, kind: "string" });
  assert.equal(resolve("Processing", "ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri"), { ok: true, kind: "string" });
  assert.equal(resolve("Training", "FinalMetricDataList['validation:rmse'].Value"), { ok: true, kind: "number" });
  assert.equal(resolve("Tuning", "TrainingJobSummaries[0].TrainingJobName"), { ok: true, kind: "string" });
  assert.equal(resolve("EMR", "Status.State"), { ok: true, kind: "string" });
  assert.equal(resolve("Condition", "Outcome"), { ok: true, kind: "string" });
});

t("explains unknown members, bad indexes and non-leaf ends", () => {
  const unknown = resolve("Training", "ModelArtifacts.S3ModelArtifact");
  assert.ok(!unknown.ok && unknown.problem.includes('Did you mean "S3ModelArtifacts"?'));
  const indexed = resolve("Training", "RoleArn[0]");
  assert.ok(!indexed.ok && indexed.problem.includes("cannot be indexed"));
  const list = resolve("Processing", "ProcessingInputs");
  assert.ok(!list.ok && list.problem.includes("a list"));
  const fail = resolve("Fail", "ErrorMessage");
  assert.ok(!fail.ok && fail.problem.includes("Fail steps have no property"));
});

t("accepts anything on step types it does not know", () => {
  assert.equal(resolve("SomethingNew", "Any.Path"), { ok: true, kind: "any" });
});

t.run();
