// Every step of a definition, top-level and inside condition branches, in document order.
import { childPointer, isObject } from "../json-pointer.ts";

/** One step and where it sits. */
export interface StepEntry {
  /** The step's Name, when it is a string. */
  readonly name: string | undefined;
  /** The step's Type, when it is a string. */
  readonly type: string | undefined;
  readonly pointer: string;
  readonly step: Readonly<Record<string, unknown>>;
  /** The Condition step whose IfSteps or ElseSteps hold this one. */
  readonly parent?: StepEntry;
}

const BRANCHES = ["IfSteps", "ElseSteps"] as const;

/** Steps of `definition`, depth first (a condition step before the steps of its branches). */
export function collectSteps(definition: unknown): StepEntry[] {
  const out: StepEntry[] = [];
  const visit = (list: unknown, pointer: string, parent: StepEntry | undefined) => {
    if (!Array.isArray(list)) return;
    list.forEach((step, index) => {
      if (!isObject(step)) return;
      const entry: StepEntry = {
        name: typeof step.Name === "string" ? step.Name : undefined,
        type: typeof step.Type === "string" ? step.Type : undefined,
        pointer: childPointer(pointer, index),
        step,
        ...(parent ? { parent } : {}),
      };
      out.push(entry);
      if (entry.type === "Condition" && isObject(step.Arguments)) {
        for (const branch of BRANCHES) visit(step.Arguments[branch], childPointer(entry.pointer, "Arguments", branch), entry);
      }
    });
  };
  if (isObject(definition)) visit(definition.Steps, "/Steps", undefined);
  return out;
}

/** True when `pointer` is inside a condition step's IfSteps or ElseSteps (a nested step). */
export function isBranchPointer(stepPointer: string, pointer: string): boolean {
  return BRANCHES.some((branch) => pointer.startsWith(`${stepPointer}/Arguments/${branch}/`));
}

/** The innermost step whose subtree holds `pointer`. */
export function stepAt(steps: readonly StepEntry[], pointer: string): StepEntry | undefined {
  let found: StepEntry | undefined;
  for (const entry of steps) {
    if (pointer === entry.pointer || pointer.startsWith(`${entry.pointer}/`)) {
      if (!found || entry.pointer.length > found.pointer.length) found = entry;
    }
  }
  return found;
}
