// Finds every `{"Get": "..."}` in a definition, with the step that holds it.
import { isObject, toPointer, type PointerSegment } from "../json-pointer.ts";
import { isBranchPointer, stepContaining, type StepEntry } from "./collect-steps.ts";

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
  // The innermost step holding the pointer owns it, unless the pointer is in that step's
  // branches (then every outer step has it in its branches too, and nothing owns it).
  const ownerOf = (pointer: string): StepEntry | undefined => {
    const step = stepContaining(steps, pointer);
    return step && !isBranchPointer(step.pointer, pointer) ? step : undefined;
  };
  // The path to the value being visited; its pointer is built only for a Get.
  const path: PointerSegment[] = [];
  const visit = (value: unknown, asPropertyFile: boolean) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        path.push(index);
        visit(item, false);
        path.pop();
      });
      return;
    }
    if (!isObject(value)) return;
    if (typeof value.Get === "string") {
      const pointer = toPointer(path);
      out.push({ path: value.Get, pointer, owner: ownerOf(pointer), asPropertyFile });
    }
    const inJsonGet = path[path.length - 1] === "Std:JsonGet";
    for (const key of Object.keys(value)) {
      path.push(key);
      visit(value[key], inJsonGet && key === "PropertyFile");
      path.pop();
    }
  };
  visit(definition, false);
  return out;
}
