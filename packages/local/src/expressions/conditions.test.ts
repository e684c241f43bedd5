import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Json } from "../definition/definition-types.ts";
import { evaluateConditions } from "./conditions.ts";
import type { ExpressionScope, Lookup } from "./expression-scope.ts";
import { golden } from "../testing/shared-files.ts";

const scope = (metrics: Json, stage: string): ExpressionScope => ({
  parameter: (name) => ({ Threshold: { type: "Float" as const, value: 0.8 }, MinCount: { type: "Integer" as const, value: 10 }, Stage: { type: "String" as const, value: stage } })[name],
  execution: (name) => (name === "PipelineName" ? "ConditionsPipeline" : undefined),
  stepProperties: (): Lookup => ({ value: { ProcessingJobStatus: "Completed", ProcessingResources: { ClusterConfig: { InstanceCount: 1 } } } }),
  readPropertyFile: (): Lookup => ({ value: metrics }),
  readS3Json: (): Lookup => ({ error: "unused" }),
});

// The SDK's "conditions" case: all eight condition types, nested Or and Not.
const steps = golden("conditions").Steps as { Name: string; Arguments: { Conditions: Json } }[];
const conditions = steps.find((s) => s.Name === "AllConditions")!.Arguments.Conditions;

const t = suite("evaluateConditions");

t("is true when every condition of the SDK's conditions case holds", () => {
  const r = evaluateConditions(conditions, "/Steps/1/Arguments/Conditions", scope({ metrics: { accuracy: { value: 0.9 }, loss: 0.2 }, data: { rows: 10 } }, "dev"));
  assert.equal(r.problems, []);
  assert.is(r.outcome, true);
  assert.is(r.reasons.length, 8);
  assert.is(r.reasons[1], "0.9 > 0.8 is true");
  assert.is(r.reasons[5], "'dev' is in [\"dev\",\"staging\",\"ConditionsPipeline\"]");
});

t("is false when one fails, and says which", () => {
  const r = evaluateConditions(conditions, "/c", scope({ metrics: { accuracy: { value: 0.9 }, loss: 0.7 }, data: { rows: 10 } }, "prod"));
  assert.is(r.outcome, false);
  assert.is(r.reasons[3], "0.7 < 0.5 is false");
  assert.is(r.reasons[6], "not ('prod' == 'prod')");
});

t("reports comparisons of non-numbers and unknown types as problems", () => {
  const r = evaluateConditions(
    [{ Type: "GreaterThan", LeftValue: "a", RightValue: 1 }, { Type: "Sometimes" }, { Type: "Equals", LeftValue: 1, RightValue: 1 }],
    "/x",
    scope({}, "dev"),
  );
  assert.is(r.outcome, false);
  assert.equal(r.problems.map((p) => p.pointer), ["/x/0", "/x/1"]);
  assert.match(r.problems[0]!.message, "compares numbers");
});

t.run();
