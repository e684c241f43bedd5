import { validateDefinition } from "@sagepipe/validate";
import { diagnostic, type Diagnostic, type SourceSpan } from "../diagnostics/diagnostic.ts";
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
 * SP804: the emitted definition breaks a rule of the definition format, found by our
 * validator (@sagepipe/validate). Points at the step that produced the value.
 */
export function validateEmitted(p: PipelineFact, definition: object, stepNames: ReadonlyMap<string, readonly string[]>): Diagnostic[] {
  return validateDefinition(definition).map((issue) => {
    const name = stepNameAt(definition, issue.pointer);
    const method = name ? [...stepNames].find(([, names]) => names.includes(name) || names.some((n) => name.startsWith(`${n}-`)))?.[0] : undefined;
    const span: SourceSpan = p.steps.find((s) => s.method === method)?.span ?? p.span;
    return diagnostic("SP804", "error", span, `The emitted definition is invalid at ${issue.pointer || "/"}: ${issue.message}`, "Change the step's arguments as the message says; if sagepipe itself emitted this, please report it.");
  });
}
