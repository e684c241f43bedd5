// A processing step's property file reads one of the step's own outputs: its OutputName must
// be the OutputName of an entry in ProcessingOutputConfig.Outputs.
import { didYouMean } from "../closest-name.ts";
import { quoteList } from "../describe-value.ts";
import { stepLabel, type DefinitionContext } from "../definition/definition-context.ts";
import { allNamed, processingOutputNames } from "../definition/step-outputs.ts";
import { childPointer, isObject } from "../json-pointer.ts";
import { issue, type ValidationIssue } from "../validation-issue.ts";

/** Checks the OutputName of every property file. */
export function checkPropertyFileOutputs(ctx: DefinitionContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const step of ctx.steps) {
    const files = step.step.PropertyFiles;
    if (!Array.isArray(files)) continue;
    const outputs = processingOutputNames(step) ?? [];
    const args = step.step.Arguments;
    const config = isObject(args) ? args.ProcessingOutputConfig : undefined;
    if (isObject(config) && !allNamed(config.Outputs, "OutputName")) continue;
    const names = outputs.map((o) => o.name);
    files.forEach((file, index) => {
      if (!isObject(file) || typeof file.OutputName !== "string" || names.includes(file.OutputName)) return;
      const declared = names.length ? `its outputs are ${quoteList(names)}` : "it has no ProcessingOutputConfig.Outputs";
      issues.push(
        issue("SP919", childPointer(step.pointer, "PropertyFiles", index, "OutputName"), `Property file of ${stepLabel(step)} reads output "${file.OutputName}", but ${declared}.${didYouMean(file.OutputName, names)}`, "Name one of the step's outputs."),
      );
    });
  }
  return issues;
}
