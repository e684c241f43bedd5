// Finds every `{"Get": "..."}` in a definition, with the step that holds it.
import { childPointer, isObject } from "../json-pointer.ts";
import { isBranchPointer, type StepEntry } from "./collect-steps.ts";

/** One `{"Get": path}` occurrence. */
export interface GetReference {
  readonly path: string;
  /** Pointer of the object holding `Get`. */
  readonly pointer: string;
  /** The step whose own keys hold it (not counting steps nested in its branches). */
  readonly owner: StepEntry | undefined;
  /** True for the `PropertyFile` of a `Std:JsonGet`. */
  readonly asPropertyFile: boolean;
}

/** Every Get in `definition` whose `Get` is a string, in document order. */
export function findGets(definition: unknown, steps: readonly StepEntry[]): GetReference[] {
  const out: GetReference[] = [];
  const ownerOf = (pointer: string): StepEntry | undefined => {
    let owner: StepEntry | undefined;
    for (const step of steps) {
      const inside = pointer.startsWith(`${step.pointer}/`);
      if (inside && !isBranchPointer(step.pointer, pointer) && (!owner || step.pointer.length > owner.pointer.length)) owner = step;
    }
    return owner;
  };
  const visit = (value: unknown, pointer: string, asPropertyFile: boolean) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, childPointer(pointer, index), false));
      return;
    }
    if (!isObject(value)) return;
    if (typeof value.Get === "string") out.push({ path: value.Get, pointer, owner: ownerOf(pointer), asPropertyFile });
    for (const [key, child] of Object.entries(value)) {
      const isPropertyFile = key === "PropertyFile" && pointer.endsWith("/Std:JsonGet");
      visit(child, childPointer(pointer, key), isPropertyFile);
    }
  };
  visit(definition, "", false);
  return out;
}
