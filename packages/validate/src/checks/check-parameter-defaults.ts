// A String parameter with EnumValues must default to one of them.
import { quoteList } from "../describe-value.ts";
import type { DefinitionContext } from "../definition/definition-context.ts";
import { childPointer } from "../json-pointer.ts";
import { issue, type ValidationIssue } from "../validation-issue.ts";

/** Checks DefaultValue against EnumValues. */
export function checkParameterDefaults(ctx: DefinitionContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const parameter of ctx.parameters) {
    const { EnumValues: values, DefaultValue: value } = parameter.parameter;
    if (!Array.isArray(values) || value === undefined || values.includes(value)) continue;
    issues.push(
      issue("SP933", childPointer(parameter.pointer, "DefaultValue"), `Parameter "${parameter.name}" defaults to ${JSON.stringify(value)}, which is not one of its EnumValues (${quoteList(values.map(String))}).`, "Change the default, or add it to EnumValues."),
    );
  }
  return issues;
}
