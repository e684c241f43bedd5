import type { EvaluatedPipeline } from "@sagepipe/core";
import type { SourceSpan } from "../diagnostics/diagnostic.ts";
import type { PipelineFact } from "../extract/facts.ts";
import { decoratorOptionSpan, type SourceIndex } from "./value-origin.ts";

/** Where a value of the built definition came from in the user's source. */
export interface DefinitionPlace {
  readonly span: SourceSpan;
  /** The step method that made it, when the value belongs to a step. */
  readonly method?: string;
  /** The step's name in the definition. */
  readonly stepName?: string;
}

const segmentsOf = (pointer: string) => pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));

/**
 * Maps a JSON pointer of the built definition to the place in the source that made its value:
 * the innermost step on the pointer is found by its name among the steps evaluation reports
 * (name, method, where it was made: identity as data), then the option the rest of the
 * pointer names is looked up in that call. A parameter's pointer leads to its declaration.
 */
export function definitionPlaces(p: PipelineFact, evaluated: Pick<EvaluatedPipeline, "definition" | "steps" | "parameters">, index: SourceIndex): (pointer: string) => DefinitionPlace {
  const byName = new Map(evaluated.steps.map((s) => [s.name, s]));
  const methodSpan = (method: string | undefined) => p.steps.find((s) => s.method === method)?.span;
  return (pointer) => {
    const segments = segmentsOf(pointer);
    if (segments[0] === "Parameters" && segments[1] !== undefined) {
      const param = evaluated.parameters[Number(segments[1])];
      const rest = segments.slice(2);
      const span = param && index.span(param.createdAt, rest, rest.includes("DefaultValue") ? 1 : undefined);
      return { span: span ?? p.parameters.find((f) => f.name?.value === param?.name)?.span ?? p.span };
    }
    let cur: unknown = evaluated.definition;
    let stepName: string | undefined;
    let after: string[] = [];
    segments.forEach((key, i) => {
      if (cur === null || typeof cur !== "object") return;
      cur = (cur as Record<string, unknown>)[key];
      const o = cur as { Name?: unknown; Type?: unknown } | undefined;
      if (o && typeof o === "object" && typeof o.Name === "string" && typeof o.Type === "string") {
        stepName = o.Name;
        after = segments.slice(i + 1);
      }
    });
    const origin = stepName !== undefined ? byName.get(stepName) : undefined;
    if (!origin) return { span: p.span, ...(stepName ? { stepName } : {}) };
    const path = after.filter((s) => s !== "Arguments");
    const method = methodSpan(origin.method);
    // Common step options (cache, retry, display name, ...) are written in the step's decorator.
    const fromDecorator = after[0] !== "Arguments" && method ? decoratorOptionSpan(index, method, path) : undefined;
    const span = fromDecorator ?? index.span(origin.createdAt, path) ?? method ?? p.span;
    return { span, method: origin.method, stepName: origin.name };
  };
}
