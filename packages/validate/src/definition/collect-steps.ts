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

const indexes = new WeakMap<readonly StepEntry[], ReadonlyMap<string, StepEntry>>();

/** Steps by pointer, built once per list (lists from `collectSteps` are not changed afterwards). */
function byPointer(steps: readonly StepEntry[]): ReadonlyMap<string, StepEntry> {
  let index = indexes.get(steps);
  if (!index) indexes.set(steps, (index = new Map(steps.map((s) => [s.pointer, s]))));
  return index;
}

/** The innermost step whose subtree holds `pointer`: found by walking up the pointer, O(depth). */
export function stepAt(steps: readonly StepEntry[], pointer: string): StepEntry | undefined {
  const index = byPointer(steps);
  for (let p = pointer; p !== ""; p = p.slice(0, p.lastIndexOf("/"))) {
    const found = index.get(p);
    if (found) return found;
  }
  return undefined;
}

/** The innermost step whose subtree holds `pointer`, not counting a step at `pointer` itself. */
export function stepContaining(steps: readonly StepEntry[], pointer: string): StepEntry | undefined {
  const slash = pointer.lastIndexOf("/");
  return slash <= 0 ? undefined : stepAt(steps, pointer.slice(0, slash));
}
