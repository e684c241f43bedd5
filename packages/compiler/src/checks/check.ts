import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { PipelineFact } from "../extract/facts.ts";
import type { StaticGraph } from "../graph/static-graph.ts";

/** What every check sees. */
export interface CheckInput {
  readonly pipeline: PipelineFact;
  readonly graph: StaticGraph;
}

/** A check: a small named function from facts to diagnostics. */
export type Check = (input: CheckInput) => Diagnostic[];

/** The step's name as it will be in the definition (literal `name` option or the method in PascalCase). */
export function stepName(step: { method: string; name?: { value: string } }): string {
  return step.name?.value ?? step.method.charAt(0).toUpperCase() + step.method.slice(1);
}
