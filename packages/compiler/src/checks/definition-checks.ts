import { validateDefinition } from "@sagepipe/validate";
import type { Diagnostic, SourceSpan } from "../diagnostics/diagnostic.ts";
import type { PipelineFact } from "../extract/facts.ts";

/** The name of the innermost step object along a JSON pointer, if any. */
function stepNameAt(definition: object, pointer: string): string | undefined {
  let cur: unknown = definition;
  let name: string | undefined;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (cur === null || typeof cur !== "object") break;
    cur = (cur as Record<string, unknown>)[key];
    const o = cur as { Name?: unknown; Type?: unknown } | undefined;
    if (o && typeof o === "object" && typeof o.Name === "string" && typeof o.Type === "string") name = o.Name;
  }
  return name;
}

/**
 * The checks of @sagepipe/validate on the built definition (the same rules `sagepipe validate`
 * applies to any definition), each problem with its own code, shown at the step method that
 * produced the value (at the class when no step did), with the JSON pointer of the value.
 */
export function checkBuiltDefinition(p: PipelineFact, definition: object, stepNames: ReadonlyMap<string, readonly string[]>): Diagnostic[] {
  return validateDefinition(definition).map((issue) => {
    const name = stepNameAt(definition, issue.pointer);
    const method = name ? [...stepNames].find(([, names]) => names.includes(name) || names.some((n) => name.startsWith(`${n}-`)))?.[0] : undefined;
    const span: SourceSpan = p.steps.find((s) => s.method === method)?.span ?? p.span;
    const where = method ? `${method}(): ` : "";
    return { code: issue.code, severity: issue.severity, span, message: `${where}${issue.message} (built definition, ${issue.pointer || "/"})`, fix: issue.fix, pointer: issue.pointer };
  });
}
