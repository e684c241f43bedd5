// Counts and limits the SDK's request types do not carry: instance counts, volume sizes and
// run times that CreateProcessingJob, CreateTrainingJob and CreateTransformJob reject.
import type { DefinitionContext } from "../../definition/definition-context.ts";
import { forEachStepMember } from "../../definition/step-members.ts";
import { issue, type ValidationIssue } from "../../validation-issue.ts";
import { knownValue, parameterNote } from "./literal-value.ts";

/** Allowed range of a member, by step type (`*`: any step). */
interface Range {
  readonly min: number;
  readonly max?: number;
  readonly integer: boolean;
  readonly unit?: string;
}

const RANGES: Readonly<Record<string, Readonly<Record<string, Range>>>> = {
  InstanceCount: { Processing: { min: 1, max: 100, integer: true }, "*": { min: 1, integer: true } },
  InitialInstanceCount: { "*": { min: 1, integer: true } },
  VolumeSizeInGB: { Processing: { min: 1, max: 16384, integer: true, unit: "GB" }, "*": { min: 0, max: 16384, integer: true, unit: "GB" } },
  MaxRuntimeInSeconds: { Processing: { min: 1, max: 604800, integer: true, unit: "seconds (7 days)" }, Training: { min: 1, max: 2419200, integer: true, unit: "seconds (28 days)" }, "*": { min: 1, integer: true, unit: "seconds" } },
  MaxWaitTimeInSeconds: { "*": { min: 1, integer: true, unit: "seconds" } },
};

function rangeText(r: Range): string {
  const kind = r.integer ? "an integer" : "a number";
  return r.max === undefined ? `${kind} of at least ${r.min}` : `${kind} from ${r.min} to ${r.max}${r.unit ? ` ${r.unit}` : ""}`;
}

/** SP962: a count, size or time outside what the API accepts. */
export function checkNumbers(ctx: DefinitionContext): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  forEachStepMember(ctx.steps, ({ key, value, pointer, step }) => {
    const ranges = RANGES[key];
    if (!ranges) return;
    const range = ranges[step.type ?? ""] ?? ranges["*"];
    const known = knownValue(ctx, value);
    if (!range || !known || typeof known.value !== "number") return;
    const n = known.value;
    if (n >= range.min && (range.max === undefined || n <= range.max) && (!range.integer || Number.isInteger(n))) return;
    const fix = key.endsWith("InstanceCount") ? "Give at least 1 instance (1 is usual; more only for distributed work)." : `Give ${rangeText(range)}.`;
    out.push(issue("SP962", pointer, `${key} must be ${rangeText(range)}; found ${n}${parameterNote(known)}.`, fix));
  });
  return out;
}
