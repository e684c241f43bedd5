// Processing inputs and outputs live under /opt/ml/processing/ in the container;
// CreateProcessingJob rejects a LocalPath anywhere else.
import type { DefinitionContext } from "../../definition/definition-context.ts";
import { forEachStepMember } from "../../definition/step-members.ts";
import { issue, type ValidationIssue } from "../../validation-issue.ts";
import { knownValue, parameterNote } from "./literal-value.ts";

/** Where a processing job's inputs and outputs must be in its container. */
export const PROCESSING_ROOT = "/opt/ml/processing/";

/** A container path SageMaker takes for a processing input or output. */
export function isProcessingPath(path: string): boolean {
  return path.startsWith(PROCESSING_ROOT) && path.length > PROCESSING_ROOT.length && !path.split("/").includes("..");
}

/** SP955: a processing input's or output's LocalPath outside /opt/ml/processing/ (literal or parameter default). */
export function checkContainerPaths(ctx: DefinitionContext): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  forEachStepMember(ctx.steps, ({ key, value, pointer, step }) => {
    if (key !== "LocalPath" || step.type !== "Processing") return;
    const input = pointer.includes("/ProcessingInputs/");
    if (!input && !pointer.includes("/ProcessingOutputConfig/")) return;
    const known = knownValue(ctx, value);
    if (!known || typeof known.value !== "string" || isProcessingPath(known.value)) return;
    const path = known.value;
    const name = path.split("/").filter((s) => s && s !== ".." && s !== ".").pop() ?? (input ? "input" : "output");
    const kind = input ? "input" : "output";
    const example = `${PROCESSING_ROOT}${name === kind ? kind : `${kind}/${name}`}`;
    out.push(issue("SP955", pointer, `A processing ${kind}'s container path must be under ${PROCESSING_ROOT}; found ${JSON.stringify(path)}${parameterNote(known)}.`, `Use a path under ${PROCESSING_ROOT}, e.g. "${example}", and ${input ? "read the data from" : "write the results to"} that folder in the script.`));
  });
  return out;
}
