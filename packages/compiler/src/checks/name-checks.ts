import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { stepName, type CheckInput } from "./check.ts";

// Patterns and lengths from the SageMaker API reference (CreatePipeline PipelineName, Step Name,
// Parameter Name in the pipeline definition schema).
const PIPELINE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/;
const STEP_NAME = /^[A-Za-z0-9\-_]{1,64}$/;
const PARAMETER_NAME = /^[A-Za-z0-9\-_]{1,256}$/;

/** SP501: a pipeline name CreatePipeline rejects. */
export function checkPipelineName({ pipeline }: CheckInput): Diagnostic[] {
  const n = pipeline.name;
  if (!n || PIPELINE_NAME.test(n.value)) return [];
  return [diagnostic("SP501", "error", n.span, `Pipeline name '${n.value}' is not accepted by SageMaker: 1 to 256 letters, digits and hyphens, starting and ending with a letter or digit.`, "Rename the pipeline, e.g. replace spaces and underscores with hyphens.")];
}

/** SP502: a step name SageMaker rejects. */
export function checkStepNames({ pipeline }: CheckInput): Diagnostic[] {
  return pipeline.steps
    .filter((s) => !STEP_NAME.test(stepName(s)))
    .map((s) => diagnostic("SP502", "error", s.name?.span ?? s.span, `Step name '${stepName(s)}' is not accepted by SageMaker: 1 to 64 letters, digits, hyphens and underscores.`, "Choose a shorter name without spaces or other characters, with the decorator's `name` option."));
}

/** SP503: a parameter name SageMaker rejects; SP504: two parameters with one name. */
export function checkParameterNames({ pipeline }: CheckInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, (typeof pipeline.parameters)[number]>();
  for (const p of pipeline.parameters) {
    if (!p.name) continue;
    if (!PARAMETER_NAME.test(p.name.value)) {
      out.push(diagnostic("SP503", "error", p.name.span, `Parameter name '${p.name.value}' is not accepted by SageMaker: 1 to 256 letters, digits, hyphens and underscores.`, "Rename the parameter."));
    }
    const first = seen.get(p.name.value);
    if (first) out.push(diagnostic("SP504", "error", p.name.span, `Parameter name '${p.name.value}' is declared by fields ${first.field} and ${p.field}.`, "Give each parameter its own name.", [{ span: first.span, message: "first declared here" }]));
    else seen.set(p.name.value, p);
  }
  return out;
}
