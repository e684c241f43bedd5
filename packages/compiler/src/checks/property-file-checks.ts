import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { CheckInput } from "./check.ts";

/** SP401: jsonGet on a property file the step does not declare. */
export function checkJsonGetTargets({ pipeline }: CheckInput): Diagnostic[] {
  return pipeline.jsonGets.flatMap((j) => {
    const step = pipeline.steps.find((s) => s.method === j.step);
    if (!step || !step.propertyFiles) return [];
    if (step.propertyFiles.some((f) => f.name.value === j.propertyFile)) return [];
    const known = step.propertyFiles.map((f) => f.name.value);
    return [diagnostic("SP401", "error", j.span, `${j.method}(): jsonGet reads property file '${j.propertyFile}' of ${j.step}(), which declares ${known.length ? known.map((k) => `'${k}'`).join(", ") : "none"}.`, `Declare it in ${j.step}()'s run({ propertyFiles: { ${j.propertyFile}: { output, path } } }) or read one it declares.`)];
  });
}

/** SP402: a property file whose output is not among the step's outputs. */
export function checkPropertyFileOutputs({ pipeline }: CheckInput): Diagnostic[] {
  return pipeline.steps.flatMap((s) => {
    if (!s.outputs || !s.propertyFiles) return [];
    const outputs = new Set(s.outputs.map((o) => o.value));
    return s.propertyFiles
      .filter((f) => f.output && !outputs.has(f.output.value))
      .map((f) => diagnostic("SP402", "error", f.output!.span, `Property file '${f.name.value}' of ${s.method}() is in output '${f.output!.value}', which the step does not have (outputs: ${[...outputs].join(", ") || "none"}).`, `Name one of the step's outputs, or add an output '${f.output!.value}'.`));
  });
}
