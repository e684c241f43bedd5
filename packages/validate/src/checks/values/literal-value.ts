// What a value checker can know about a value before the pipeline runs: a literal, the default
// of the parameter a Get reads, or the literal beginning of a Std:Join.
import type { DefinitionContext } from "../../definition/definition-context.ts";
import { parseGet } from "../../definition/parse-get.ts";
import { isObject } from "../../json-pointer.ts";

/** A literal, or the default of parameter `parameter` (the value at run time may differ). */
export interface KnownValue {
  readonly value: string | number | boolean;
  readonly parameter?: string;
}

/** The literal, or the default of the parameter `{"Get": "Parameters.X"}` reads; else undefined. */
export function knownValue(ctx: DefinitionContext, value: unknown): KnownValue | undefined {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { value };
  if (!isObject(value) || typeof value.Get !== "string") return undefined;
  const target = parseGet(value.Get);
  if (target.kind !== "parameter") return undefined;
  const d = ctx.parametersByName.get(target.name)?.parameter.DefaultValue;
  return typeof d === "string" || typeof d === "number" || typeof d === "boolean" ? { value: d, parameter: target.name } : undefined;
}

/** ` (the default of parameter "X"; the value given when a run starts is not checked)`, or "". */
export function parameterNote(known: KnownValue): string {
  return known.parameter ? ` (the default of parameter "${known.parameter}"; a value given when a run starts is not checked)` : "";
}

/**
 * The text a Std:Join starts with, as far as its values are literals (or parameter defaults):
 * `{"On": "/", "Values": ["s3://b", {"Get": "Execution.PipelineExecutionId"}]}` starts with
 * `s3://b/`. Undefined for anything else.
 */
export function joinPrefix(ctx: DefinitionContext, value: unknown): KnownValue | undefined {
  if (!isObject(value) || !isObject(value["Std:Join"])) return undefined;
  const { On: on, Values: values } = value["Std:Join"];
  if (typeof on !== "string" || !Array.isArray(values) || values.length === 0) return undefined;
  let text = "";
  let parameter: string | undefined;
  for (const [index, item] of values.entries()) {
    const known = knownValue(ctx, item);
    if (!known) return index === 0 ? undefined : { value: text + on, ...(parameter ? { parameter } : {}) };
    parameter ??= known.parameter;
    text += (index ? on : "") + String(known.value);
  }
  return { value: text, ...(parameter ? { parameter } : {}) };
}
