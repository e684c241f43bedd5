import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { PipelineFact } from "../extract/facts.ts";

/** SP002, as the source shows it: a `@Pipeline` class without `export` cannot be loaded to be built. */
export function checkExported(p: PipelineFact): Diagnostic[] {
  if (p.exported) return [];
  return [diagnostic("SP002", "error", p.span, `Pipeline class ${p.className} is not exported, so it cannot be built.`, `Write \`export class ${p.className}\`.`)];
}
