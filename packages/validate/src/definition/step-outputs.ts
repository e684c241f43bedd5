// Names a step declares for its outputs: processing outputs (OutputName), Lambda/Callback
// OutputParameters, and property files.
import { childPointer, isObject } from "../json-pointer.ts";
import type { StepEntry } from "./collect-steps.ts";

/** A declared name and where. */
export interface NamedEntry {
  readonly name: string;
  readonly pointer: string;
}

const namesIn = (list: unknown, pointer: string, key: string): NamedEntry[] | undefined => {
  if (!Array.isArray(list)) return undefined;
  const out: NamedEntry[] = [];
  list.forEach((item, index) => {
    if (!isObject(item)) return;
    const name = item[key];
    if (typeof name === "string") out.push({ name, pointer: childPointer(pointer, index, key) });
  });
  return out;
};

/** OutputName of each ProcessingOutputConfig.Outputs entry, or undefined if there is no list. */
export function processingOutputNames(step: StepEntry): NamedEntry[] | undefined {
  const args = step.step.Arguments;
  const config = isObject(args) ? args.ProcessingOutputConfig : undefined;
  return namesIn(isObject(config) ? config.Outputs : undefined, childPointer(step.pointer, "Arguments", "ProcessingOutputConfig", "Outputs"), "OutputName");
}

/** OutputName of each Lambda/Callback OutputParameters entry. */
export function outputParameterNames(step: StepEntry): NamedEntry[] | undefined {
  return namesIn(step.step.OutputParameters, childPointer(step.pointer, "OutputParameters"), "OutputName");
}

/** PropertyFileName of each PropertyFiles entry. */
export function propertyFileNames(step: StepEntry): NamedEntry[] | undefined {
  return namesIn(step.step.PropertyFiles, childPointer(step.pointer, "PropertyFiles"), "PropertyFileName");
}

/** True when every entry of the list at `list` has a string `key` (so the names are complete). */
export function allNamed(list: unknown, key: string): boolean {
  return Array.isArray(list) && list.every((item) => isObject(item) && typeof item[key] === "string");
}
