import { suite } from "uvu";
import * as assert from "uvu/assert";
import { EMR, Pipeline, emrStep, renderValue } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";
import { emrStepProblems } from "./emr.ts";

const t = suite("EMR step");
const stepConfig = { jar: "command-runner.jar" };

@Pipeline({ name: "P", region: "us-east-1" })
class Minimal {
  @EMR() run() {
    return emrStep({ clusterId: "j-1", stepConfig });
  }
}

t("only the given keys: StepConfig with the jar, then the cluster", () => {
  const d = evaluatePipeline(Minimal, { sourceDir: "." }).definition as unknown as { Steps: { Type: string; Arguments: unknown }[] };
  assert.is(d.Steps[0]!.Type, "EMR");
  assert.equal(d.Steps[0]!.Arguments, { StepConfig: { HadoopJarStep: { Jar: "command-runner.jar" } }, ClusterId: "j-1" });
});

t("properties follow EMR's Step shape", () => {
  const step = emrStep({ clusterId: "j-1", stepConfig });
  assert.throws(() => renderValue(step.properties.Status.FailureDetails.LogFile), /no step method returned/);
  const p = step.properties.Config.Jar as unknown as { path: { field: string }[] };
  assert.equal(p.path.map((s) => s.field), ["Config", "Jar"]);
});

t("the SDK's rules: one of clusterId and clusterConfig; a runtime role needs clusterId; SageMaker owns the keep-alive flags", () => {
  assert.equal(emrStepProblems({ stepConfig }), ["give clusterId (an existing cluster) or clusterConfig (a new one)"]);
  assert.equal(emrStepProblems({ stepConfig, clusterId: "j-1", clusterConfig: {} }), ["give clusterId or clusterConfig, not both"]);
  assert.equal(emrStepProblems({ stepConfig, clusterConfig: { Instances: { KeepJobFlowAliveWhenNoSteps: true, TerminationProtected: false } }, executionRoleArn: "arn:r" }), [
    "executionRoleArn needs clusterId: a new cluster runs its steps with its own roles",
    "clusterConfig.Instances.KeepJobFlowAliveWhenNoSteps is set by SageMaker (the cluster ends after the step); remove it",
    "clusterConfig.Instances.TerminationProtected is set by SageMaker (the cluster ends after the step); remove it",
  ]);
});

@Pipeline({ name: "P", region: "us-east-1" })
class Both {
  @EMR() run() {
    return emrStep({ clusterId: "j-1", clusterConfig: { ReleaseLabel: "emr-7.0.0" }, stepConfig });
  }
}

t("a build with a problem names the step", () => {
  assert.throws(() => evaluatePipeline(Both, { sourceDir: "." }), /Step Run: give clusterId or clusterConfig, not both/);
});

t.run();
