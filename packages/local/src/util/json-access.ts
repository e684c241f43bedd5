import type { Json, JsonObject } from "../definition/definition-types.ts";
import { isJsonObject } from "../definition/definition-types.ts";

/** The object at `key`, or an empty object. */
export function objectAt(value: Json | undefined, key: string): JsonObject {
  const v = isJsonObject(value ?? null) ? (value as JsonObject)[key] : undefined;
  return v !== undefined && isJsonObject(v) ? v : {};
}

/** The list at `key`, or an empty list. */
export function listAt(value: Json | undefined, key: string): readonly Json[] {
  const v = isJsonObject(value ?? null) ? (value as JsonObject)[key] : undefined;
  return Array.isArray(v) ? (v as readonly Json[]) : [];
}

/** The string at `key`, or undefined. */
export function stringAt(value: Json | undefined, key: string): string | undefined {
  const v = isJsonObject(value ?? null) ? (value as JsonObject)[key] : undefined;
  return typeof v === "string" ? v : undefined;
}

/** The number at `key`, or undefined. */
export function numberAt(value: Json | undefined, key: string): number | undefined {
  const v = isJsonObject(value ?? null) ? (value as JsonObject)[key] : undefined;
  return typeof v === "number" ? v : undefined;
}

/** A map of strings (Environment, HyperParameters) with every value turned to text. */
export function stringMap(value: Json | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (value === undefined || !isJsonObject(value)) return out;
  for (const [k, v] of Object.entries(value)) out[k] = typeof v === "string" ? v : JSON.stringify(v);
  return out;
}
