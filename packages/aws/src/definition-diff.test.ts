import { readFileSync } from "node:fs";
import { DescribePipelineCommand } from "@aws-sdk/client-sagemaker";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { diffDefinitions } from "./definition-diff.ts";
import { diffPipeline, formatPipelineDiff, isSame } from "./diff-pipeline.ts";
import { formatDefinitionDiff } from "./format-definition-diff.ts";
import { diffJson } from "./json-diff.ts";
import { awsError, mockAws } from "./testing/mock-aws.ts";

const t = suite("definition diff");
const golden = (name: string) => JSON.parse(readFileSync(new URL(`../../../../shared/conformance/goldens/${name}.json`, import.meta.url), "utf8"));
const clone = <T>(v: T): T => structuredClone(v);

t("equal definitions give no changes, whatever their key order", () => {
  const a = golden("abalone");
  const raw = JSON.parse(readFileSync(new URL("../../../../shared/conformance/raw/abalone.json", import.meta.url), "utf8"));
  assert.equal(diffDefinitions(a, raw), []);
});

t("changes are listed step by step and parameter by parameter, with readable paths", () => {
  const live = golden("abalone");
  const built = clone(live);
  built.Steps[1].Arguments.HyperParameters.max_depth = "6";
  built.Steps.push({ Name: "Extra", Type: "Fail", Arguments: { ErrorMessage: "x" } });
  built.Steps = built.Steps.filter((s: { Name: string }) => s.Name !== "AbaloneEval");
  built.Parameters[0].DefaultValue = "ml.m5.2xlarge";
  built.PipelineExperimentConfig = null;
  const names = live.Steps.map((s: { Name: string }) => s.Name);
  assert.equal(names[1], "AbaloneTrain");
  const lines = formatDefinitionDiff(diffDefinitions(live, built));
  assert.equal(lines, [
    "  ~ parameter ProcessingInstanceType (String)",
    '      DefaultValue: "ml.m5.xlarge" -> "ml.m5.2xlarge"',
    "  ~ PipelineExperimentConfig",
    '      (value): {"ExperimentName":{"Get":"Execution.PipelineName"},"TrialName":{"Get":"Execution.PipelineExecutionI… -> null',
    "  ~ step AbaloneTrain (Training)",
    '      Arguments.HyperParameters.max_depth: "5" -> "6"',
    "  + step Extra (Fail)",
    "  - step AbaloneEval (Processing)",
  ]);
});

t("a reordering of steps is a change of its own", () => {
  const live = { Steps: [{ Name: "A", Type: "Fail" }, { Name: "B", Type: "Fail" }] };
  const built = { Steps: [{ Name: "B", Type: "Fail" }, { Name: "A", Type: "Fail" }] };
  assert.equal(formatDefinitionDiff(diffDefinitions(live, built)), ["  ~ order of Steps: A, B -> B, A"]);
});

t("array items and odd keys get exact paths; long values are cut", () => {
  assert.equal(diffJson({ a: [1, 2], "odd key": 1 }, { a: [1, 3, 4], "odd key": 2 }), [
    { path: "a[1]", kind: "changed", before: 2, after: 3 },
    { path: "a[2]", kind: "added", after: 4 },
    { path: '["odd key"]', kind: "changed", before: 1, after: 2 },
  ]);
  const lines = formatDefinitionDiff([{ section: "field", name: "Metadata", kind: "changed", details: [{ path: "x", kind: "changed", before: "a".repeat(200), after: 1 }] }]);
  assert.equal(lines[1]?.length, "      x: ".length + 100 + " -> 1".length);
});

t("diffPipeline compares with DescribePipeline and says when they are equal, differ, or nothing is deployed", async () => {
  const aws = mockAws();
  const def = { Version: "2020-12-01", Parameters: [], Steps: [{ Name: "S", Type: "Fail", Arguments: { ErrorMessage: "a" } }] };
  const build = { name: "Demo", definitionJson: JSON.stringify(def, null, 2), assets: [] };
  const changed = clone(def);
  changed.Steps[0]!.Arguments.ErrorMessage = "b";
  aws.sagemaker
    .on(DescribePipelineCommand)
    .resolvesOnce({ PipelineArn: "arn", PipelineDefinition: JSON.stringify(def) })
    .resolvesOnce({ PipelineArn: "arn", PipelineDefinition: JSON.stringify(changed) })
    .rejects(awsError("ResourceNotFound", "gone"));
  const same = await diffPipeline(build, { clients: aws.clients });
  assert.ok(isSame(same));
  assert.equal(formatPipelineDiff(same), ["Demo: no differences; the live definition matches this build."]);

  const differs = await diffPipeline(build, { clients: aws.clients });
  assert.not.ok(isSame(differs));
  assert.equal(formatPipelineDiff(differs), [
    "Demo: 1 difference between the live pipeline and this build (- only live, + only in the build, ~ changed: live -> build)",
    "  ~ step S (Fail)",
    '      Arguments.ErrorMessage: "b" -> "a"',
  ]);

  const missing = await diffPipeline(build, { clients: aws.clients });
  assert.not.ok(isSame(missing));
  assert.match(formatPipelineDiff(missing)[0] ?? "", "Demo: not deployed");
});

t.run();
