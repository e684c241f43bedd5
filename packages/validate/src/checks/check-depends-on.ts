// Every DependsOn entry names a step of the definition.
import { didYouMean } from "../closest-name.ts";
import { capitalize, stepLabel, type DefinitionContext } from "../definition/definition-context.ts";
import { childPointer } from "../json-pointer.ts";
import { issue, type ValidationIssue } from "../validation-issue.ts";

/** Checks the DependsOn targets of every step. */
export function checkDependsOn(ctx: DefinitionContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const step of ctx.steps) {
    const dependsOn = step.step.DependsOn;
    if (!Array.isArray(dependsOn)) continue;
    dependsOn.forEach((target, index) => {
      if (typeof target !== "string" || ctx.stepsByName.has(target)) return;
      issues.push(
        issue("SP918", childPointer(step.pointer, "DependsOn", index), `${capitalize(stepLabel(step))} depends on "${target}", which is not a step of this definition.${didYouMean(target, ctx.stepsByName.keys())}`, "Fix the name, or remove the entry."),
      );
    });
  }
  return issues;
}
