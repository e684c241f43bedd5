import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { CheckInput } from "./check.ts";

/** SP701: a parameter that no step uses (warning). */
export function checkUnusedParameters({ pipeline }: CheckInput): Diagnostic[] {
  return pipeline.parameters
    .filter((p) => !pipeline.parameterUses[p.field])
    .map((p) => diagnostic("SP701", "warning", p.span, `Parameter ${p.name?.value ?? p.field} is declared but no step uses it.`, `Use this.${p.field} in a step, or remove the field.`));
}
