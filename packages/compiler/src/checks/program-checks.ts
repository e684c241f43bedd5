import { basename } from "node:path";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { ProgramFacts } from "../extract/facts.ts";

/** SP026: two @Pipeline classes of one entry with one name (the second's files would replace the first's). */
export function checkDuplicatePipelineNames(facts: ProgramFacts): Diagnostic[] {
  const first = new Map<string, ProgramFacts["pipelines"][number]>();
  const out: Diagnostic[] = [];
  for (const p of facts.pipelines) {
    const name = p.name?.value ?? p.className;
    const earlier = first.get(name);
    if (!earlier) {
      first.set(name, p);
      continue;
    }
    out.push(diagnostic("SP026", "error", p.name?.span ?? p.span, `Pipelines ${earlier.className} and ${p.className} are both named '${name}'; both would be built to ${name}.json and deployed as one pipeline.`, "Give each @Pipeline its own name.", [{ span: earlier.name?.span ?? earlier.span, message: `${earlier.className} is named '${name}' here` }]));
  }
  return out;
}

/** SP032: relative imports in a cycle (modules may run before what they import is defined). */
export function checkImportCycles(facts: ProgramFacts): Diagnostic[] {
  return (facts.importCycles ?? []).map((c) => {
    const path = c.files.map((f) => basename(f)).join(" -> ");
    return diagnostic("SP032", "warning", c.span, `These files import each other in a cycle: ${path}. When the pipeline is loaded, one of them runs before the other has defined its classes and constants ("Cannot access ... before initialization").`, "Move what both files need into a third file that imports neither, or turn one import into `import type`.");
  });
}
