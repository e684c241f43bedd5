// What a `{"Get": "..."}` path points at.

/** The eight execution variables a Get may read as `Execution.<name>`. */
export const EXECUTION_VARIABLES = [
  "CurrentDateTime",
  "PipelineArn",
  "PipelineExecutionArn",
  "PipelineExecutionId",
  "PipelineName",
  "ProcessingJobName",
  "StartDateTime",
  "TrainingJobName",
] as const;

/** The two values a Get may read as `PipelineExperimentConfig.<name>`. */
export const EXPERIMENT_CONFIG_VALUES = ["ExperimentName", "TrialName"] as const;

/** The roots a Get path may start with. */
export const GET_ROOTS = ["Parameters", "Steps", "Execution", "PipelineExperimentConfig"] as const;

/** A parsed Get path. */
export type GetTarget =
  | { readonly kind: "parameter"; readonly name: string }
  | { readonly kind: "execution"; readonly name: string }
  | { readonly kind: "experiment"; readonly name: string }
  | { readonly kind: "step"; readonly step: string; readonly property: string }
  | { readonly kind: "invalid"; readonly root: string; readonly reason: string };

/** Splits `Root.rest` and classifies it. */
export function parseGet(path: string): GetTarget {
  const dot = path.indexOf(".");
  const root = dot < 0 ? path : path.slice(0, dot);
  const rest = dot < 0 ? "" : path.slice(dot + 1);
  if (!(GET_ROOTS as readonly string[]).includes(root)) {
    return { kind: "invalid", root, reason: `it starts with "${root}"` };
  }
  if (!rest) return { kind: "invalid", root, reason: `nothing follows "${root}."` };
  if (root === "Parameters") return { kind: "parameter", name: rest };
  if (root === "Execution") return { kind: "execution", name: rest };
  if (root === "PipelineExperimentConfig") return { kind: "experiment", name: rest };
  const stepDot = rest.indexOf(".");
  if (stepDot < 0) return { kind: "invalid", root, reason: `it names step "${rest}" but none of its properties` };
  return { kind: "step", step: rest.slice(0, stepDot), property: rest.slice(stepDot + 1) };
}
