import { PropertyNode, type PropertyRoot } from "./property.ts";
import type { PipelineVariable } from "./variable.ts";

const ROOT: PropertyRoot = Object.freeze({ prefix: () => "PipelineExperimentConfig" });

/** `{Get: PipelineExperimentConfig.<name>}`: the experiment or trial an execution records to. */
function experimentProperty(name: "ExperimentName" | "TrialName"): PipelineVariable<string> & PropertyNode {
  return PropertyNode.create(ROOT, [{ field: name }]);
}

/**
 * The pipeline's experiment configuration as resolved at run time (SDK
 * `PipelineExperimentConfigProperties`), e.g. `env: { TRIAL: PipelineExperimentConfigProperties.TrialName }`.
 */
export const PipelineExperimentConfigProperties: {
  readonly ExperimentName: PipelineVariable<string> & PropertyNode;
  readonly TrialName: PipelineVariable<string> & PropertyNode;
} = Object.freeze({ ExperimentName: experimentProperty("ExperimentName"), TrialName: experimentProperty("TrialName") });
