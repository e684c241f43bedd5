// Names SageMaker accepts: step names, parameter names and property file names use letters,
// digits, "-" and "_" (steps at most 64 characters, parameters at most 256), since they appear
// in Get paths ("Steps.<name>.", "Parameters.<name>").
import { stepLabel, type DefinitionContext } from "../definition/definition-context.ts";
import { propertyFileNames } from "../definition/step-outputs.ts";
import { childPointer } from "../json-pointer.ts";
import { issue, type ValidationIssue } from "../validation-issue.ts";

const NAME_CHARACTERS = /^[A-Za-z0-9_-]+$/;
/** The longest step name SageMaker accepts (PipelineExecutionStep.StepName). */
export const MAX_STEP_NAME = 64;
/** The longest parameter name SageMaker accepts (Parameter.Name). */
export const MAX_PARAMETER_NAME = 256;

function nameProblem(name: string, max: number): string | undefined {
  if (name.length === 0) return "is empty";
  if (name.length > max) return `is ${name.length} characters long; the limit is ${max}`;
  if (!NAME_CHARACTERS.test(name)) {
    const bad = [...new Set([...name].filter((c) => !/[A-Za-z0-9_-]/.test(c)))].map((c) => JSON.stringify(c)).join(", ");
    return `contains ${bad}; use only letters, digits, "-" and "_"`;
  }
  return undefined;
}

/** Checks step, parameter and property file names. */
export function checkNames(ctx: DefinitionContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const step of ctx.steps) {
    const problem = step.name === undefined ? undefined : nameProblem(step.name, MAX_STEP_NAME);
    if (problem) issues.push(issue("SP923", childPointer(step.pointer, "Name"), `Step name ${JSON.stringify(step.name)} ${problem}.`));
    for (const file of propertyFileNames(step) ?? []) {
      const fileProblem = nameProblem(file.name, MAX_PARAMETER_NAME);
      if (fileProblem) issues.push(issue("SP923", file.pointer, `Property file name ${JSON.stringify(file.name)} of ${stepLabel(step)} ${fileProblem}.`));
    }
  }
  for (const parameter of ctx.parameters) {
    const problem = parameter.name === undefined ? undefined : nameProblem(parameter.name, MAX_PARAMETER_NAME);
    if (problem) issues.push(issue("SP923", childPointer(parameter.pointer, "Name"), `Parameter name ${JSON.stringify(parameter.name)} ${problem}.`));
  }
  return issues;
}
