import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ExecutionVariables, Pipeline, PipelineExperimentConfigProperties, Processing, join, param, processor } from "../index.ts";
import { evaluatePipeline } from "./definition.ts";

const role = "arn:aws:iam::123456789012:role/R";
const t = suite("experiment config");

type Definition = { PipelineExperimentConfig: unknown; Steps: { Arguments: { Environment?: unknown } }[] };
const definitionOf = (cls: new () => object) => evaluatePipeline(cls, { sourceDir: "." }).definition as unknown as Definition;

@Pipeline<FromParameter>({
  name: "FromParameter",
  experimentConfig: (self) => ({ experimentName: self.experiment, trialName: join("-", ["trial", ExecutionVariables.PipelineExecutionId]) }),
})
class FromParameter {
  experiment = param.string("Experiment", "exp");
  @Processing() track() {
    return processor({
      role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1,
      env: { E: PipelineExperimentConfigProperties.ExperimentName, T: PipelineExperimentConfigProperties.TrialName },
    }).run({});
  }
}

@Pipeline({ name: "Literal", experimentConfig: { experimentName: "fixed", trialName: ExecutionVariables.PipelineExecutionId } })
class Literal {
  @Processing() track() {
    return processor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({});
  }
}

@Pipeline({ name: "Default" })
class Default {
  @Processing() track() {
    return processor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({});
  }
}

@Pipeline({ name: "Off", experimentConfig: null })
class Off {
  @Processing() track() {
    return processor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({});
  }
}

t("a function of the instance reads the class's parameters", () => {
  assert.equal(definitionOf(FromParameter).PipelineExperimentConfig, {
    ExperimentName: { Get: "Parameters.Experiment" },
    TrialName: { "Std:Join": { On: "-", Values: ["trial", { Get: "Execution.PipelineExecutionId" }] } },
  });
});

t("a plain object is taken as written", () => {
  assert.equal(definitionOf(Literal).PipelineExperimentConfig, { ExperimentName: "fixed", TrialName: { Get: "Execution.PipelineExecutionId" } });
});

t("the default is the pipeline name and the execution id; null keeps the key as null", () => {
  assert.equal(definitionOf(Default).PipelineExperimentConfig, { ExperimentName: { Get: "Execution.PipelineName" }, TrialName: { Get: "Execution.PipelineExecutionId" } });
  const off = definitionOf(Off);
  assert.ok("PipelineExperimentConfig" in off);
  assert.is(off.PipelineExperimentConfig, null);
});

t("PipelineExperimentConfigProperties render as Get paths and make no step edges", () => {
  const evaluated = evaluatePipeline(FromParameter, { sourceDir: "." });
  const d = evaluated.definition as unknown as Definition;
  assert.equal(d.Steps[0]!.Arguments.Environment, { E: { Get: "PipelineExperimentConfig.ExperimentName" }, T: { Get: "PipelineExperimentConfig.TrialName" } });
  assert.equal(evaluated.edges, []);
});

t("PipelineExperimentConfigProperties refuse to become text", () => {
  assert.throws(() => String(PipelineExperimentConfigProperties.TrialName), /pipeline variable/);
});

t.run();
