// Every member of every step (its envelope and its Arguments, nested objects and lists), each
// with its key, value, pointer and step. A condition's IfSteps and ElseSteps are steps of
// their own and are visited as such, not as members of the condition.
import { childPointer, isObject, type PointerSegment } from "../json-pointer.ts";
import type { StepEntry } from "./collect-steps.ts";

/** One member: `key` is the name of the object member holding it (for a list item, the list's). */
export interface StepMember {
  readonly key: string;
  readonly value: unknown;
  readonly pointer: string;
  readonly step: StepEntry;
  /** The object holding the member (for a list item, the object holding the list). */
  readonly parent: Readonly<Record<string, unknown>>;
}

/** Calls `visit` on every member of every step, depth first, in document order. */
export function forEachStepMember(steps: readonly StepEntry[], visit: (member: StepMember) => void): void {
  for (const step of steps) {
    const walk = (value: unknown, key: string, pointer: string, parent: Readonly<Record<string, unknown>>) => {
      visit({ key, value, pointer, step, parent });
      if (Array.isArray(value)) {
        value.forEach((item, index) => walkItem(item, key, childPointer(pointer, index), parent));
      } else if (isObject(value)) {
        for (const k of Object.keys(value)) walk(value[k], k, childPointer(pointer, k), value);
      }
    };
    const walkItem = (item: unknown, key: string, pointer: string, parent: Readonly<Record<string, unknown>>) => {
      if (isObject(item)) for (const k of Object.keys(item)) walk(item[k], k, childPointer(pointer, k), item);
      else if (Array.isArray(item)) item.forEach((x, i) => walkItem(x, key, childPointer(pointer, i as PointerSegment), parent));
      else visit({ key, value: item, pointer, step, parent });
    };
    for (const key of Object.keys(step.step)) {
      const value = step.step[key];
      if (key === "Arguments" && step.type === "Condition" && isObject(value)) {
        const args = value;
        for (const k of Object.keys(args)) if (k !== "IfSteps" && k !== "ElseSteps") walk(args[k], k, childPointer(step.pointer, "Arguments", k), args);
      } else {
        walk(value, key, childPointer(step.pointer, key), step.step);
      }
    }
  }
}
