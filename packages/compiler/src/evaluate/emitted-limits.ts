import { diagnostic, type Diagnostic, type SourceSpan } from "../diagnostics/diagnostic.ts";
import { APP_SPEC_DOC, MAX_ARGUMENT_LENGTH, MAX_PROCESSING_INPUTS, PROCESSING_DOC } from "../checks/limit-checks.ts";
import type { PipelineFact } from "../extract/facts.ts";

/** A step as the definition holds it (only what these checks read). */
interface EmittedStep {
  readonly Name?: unknown;
  readonly Type?: unknown;
  readonly Arguments?: { readonly [key: string]: unknown };
}

/** Every step of the definition, those inside condition branches included. */
function allSteps(steps: unknown): EmittedStep[] {
  if (!Array.isArray(steps)) return [];
  return (steps as EmittedStep[]).flatMap((s) => [s, ...(s.Type === "Condition" ? [...allSteps(s.Arguments?.IfSteps), ...allSteps(s.Arguments?.ElseSteps)] : [])]);
}

/**
 * SP601 and SP602 on the built definition, where every input is counted (the code, the
 * framework launcher, PySpark's py-files, jars, files and configuration) and every argument
 * has its final text. The static checks see only literal inputs and arguments; an error
 * there stops the build before this runs, so nothing is reported twice.
 */
export function checkEmittedLimits(p: PipelineFact, definition: { readonly [key: string]: unknown }, stepNames: ReadonlyMap<string, readonly string[]>): Diagnostic[] {
  const methodOf = (name: string) => [...stepNames].find(([, names]) => names.includes(name) || names.some((n) => name.startsWith(`${n}-`)))?.[0];
  const out: Diagnostic[] = [];
  for (const step of allSteps(definition.Steps)) {
    if (step.Type !== "Processing" || typeof step.Name !== "string") continue;
    // Where and who, looked up only for a step that breaks a limit (a scan of all steps each).
    const name = step.Name;
    const method = () => methodOf(name);
    const span = (): SourceSpan => p.steps.find((s) => s.method === method())?.span ?? p.span;
    const who = () => (method() ? `${method()}()` : `Step ${name}`);
    const inputs = step.Arguments?.ProcessingInputs;
    if (Array.isArray(inputs) && inputs.length > MAX_PROCESSING_INPUTS) {
      const names = inputs.map((i) => (i as { InputName?: unknown }).InputName).filter((n) => typeof n === "string").join(", ");
      out.push(diagnostic("SP601", "error", span(), `${who()} has ${inputs.length} processing inputs in the built definition (${names}); CreateProcessingJob accepts at most ${MAX_PROCESSING_INPUTS} (ProcessingInputs, ${PROCESSING_DOC}).`, "The processor adds inputs of its own for code and dependencies: combine your inputs under one S3 prefix, or split the work into two processing steps."));
    }
    const args = (step.Arguments?.AppSpecification as { ContainerArguments?: unknown } | undefined)?.ContainerArguments;
    for (const a of Array.isArray(args) ? args : []) {
      if (typeof a === "string" && a.length > MAX_ARGUMENT_LENGTH) {
        out.push(diagnostic("SP602", "error", span(), `${who()}: a job argument of ${a.length} characters in the built definition; SageMaker accepts at most ${MAX_ARGUMENT_LENGTH} per argument (ContainerArguments, ${APP_SPEC_DOC}).`, "Put the long value in a file that a processing input downloads, and pass its path as the argument (environment values are limited to 256 characters too)."));
      }
    }
  }
  return out;
}
