// Names that must be unique: step names across the whole definition (condition branches
// included), parameter names, and within one step its property files, processing outputs
// and output parameters.
import { capitalize, stepLabel, type DefinitionContext } from "../definition/definition-context.ts";
import { outputParameterNames, processingOutputNames, propertyFileNames, type NamedEntry } from "../definition/step-outputs.ts";
import { childPointer } from "../json-pointer.ts";
import { issue, type ValidationIssue } from "../validation-issue.ts";

function duplicates(entries: readonly NamedEntry[], describe: (name: string, first: NamedEntry) => string): ValidationIssue[] {
  const seen = new Map<string, NamedEntry>();
  const issues: ValidationIssue[] = [];
  for (const entry of entries) {
    const first = seen.get(entry.name);
    if (first) issues.push(issue("SP922", entry.pointer, describe(entry.name, first)));
    else seen.set(entry.name, entry);
  }
  return issues;
}

/** Checks every kind of name that must not repeat. */
export function checkUniqueNames(ctx: DefinitionContext): ValidationIssue[] {
  const stepNames = ctx.steps.flatMap((s) => (s.name === undefined ? [] : [{ name: s.name, pointer: childPointer(s.pointer, "Name") }]));
  const parameterNames = ctx.parameters.flatMap((p) => (p.name === undefined ? [] : [{ name: p.name, pointer: childPointer(p.pointer, "Name") }]));
  const issues = [
    ...duplicates(stepNames, (name, first) => `Step name "${name}" is already used by the step at ${first.pointer.replace(/\/Name$/, "")}; step names must be unique across the definition, condition branches included. Rename one of them.`),
    ...duplicates(parameterNames, (name, first) => `Parameter "${name}" is declared twice (first at ${first.pointer.replace(/\/Name$/, "")}). Remove or rename one.`),
  ];
  for (const step of ctx.steps) {
    const within = (what: string) => (name: string) => `${capitalize(stepLabel(step))} declares ${what} "${name}" twice. Rename one.`;
    issues.push(
      ...duplicates(propertyFileNames(step) ?? [], within("property file")),
      ...duplicates(processingOutputNames(step) ?? [], within("processing output")),
      ...duplicates(outputParameterNames(step) ?? [], within("output parameter")),
    );
  }
  return issues;
}
