import type { Json } from "../definition/definition-types.ts";

/** JSON text with object keys sorted at every level, so equal values give equal text. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${(value as readonly Json[]).map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, Json>)[k]!)}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}
