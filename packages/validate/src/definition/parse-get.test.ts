import { suite } from "uvu";
import * as assert from "uvu/assert";
import { EXECUTION_VARIABLES, parseGet } from "./parse-get.ts";

const t = suite("parseGet");

t("classifies each root", () => {
  assert.equal(parseGet("Parameters.Input"), { kind: "parameter", name: "Input" });
  assert.equal(parseGet("Execution.PipelineName"), { kind: "execution", name: "PipelineName" });
  assert.equal(parseGet("PipelineExperimentConfig.TrialName"), { kind: "experiment", name: "TrialName" });
  assert.equal(parseGet("Steps.Train-Repack.ModelArtifacts.S3ModelArtifacts"), { kind: "step", step: "Train-Repack", property: "ModelArtifacts.S3ModelArtifacts" });
});

t("explains paths that are not references", () => {
  assert.equal(parseGet("Parameter.X"), { kind: "invalid", root: "Parameter", reason: 'it starts with "Parameter"' });
  assert.is(parseGet("Parameters").kind, "invalid");
  assert.is(parseGet("Steps.Train").kind, "invalid");
});

t("lists the eight execution variables", () => {
  assert.is(EXECUTION_VARIABLES.length, 8);
});

t.run();
