import type { Json } from "../definition/definition-types.ts";
import { lookupProperty } from "./lookup-property.ts";
import { parsePathSegments } from "./property-path.ts";

/** Reads `Path` of a `Std:JsonGet` (`a.b[0].c`) out of a parsed JSON document. */
export function readJsonPath(document: Json, path: string): { value: Json } | { error: string } {
  const segments = parsePathSegments(path.startsWith("[") ? path : `.${path}`);
  if (!segments) return { error: `the path '${path}' does not parse (write it like a.b[0].c)` };
  // JSON documents are plain objects: bracketed keys are object keys, never list lookups by name.
  return lookupProperty(document, segments);
}
