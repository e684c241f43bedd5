// Cuts ajv's error list down to one error per mistake. The schema is built so most mistakes
// yield one error already (if/then/else instead of anyOf, discriminators instead of oneOf);
// what is left: `if` wrappers, and a misspelled required key, which ajv reports twice (an
// unknown key and a missing one).
import type { ErrorObject } from "ajv";
import { closestName } from "../closest-name.ts";
import { isObject, valueAt } from "../json-pointer.ts";
import type { SchemaNavigator } from "../schema-navigator.ts";
import { splitPointer } from "../json-pointer.ts";

/** An ajv error, plus the key it probably meant for unknown keys. */
export interface ReducedError {
  readonly error: ErrorObject;
  /** For an unknown key: the allowed key it most likely misspells. */
  readonly suggestion?: string;
}

/** Drops wrapper errors and merges misspelled-key pairs; keeps ajv's order otherwise. */
export function reduceSchemaErrors(errors: readonly ErrorObject[], definition: unknown, schema: SchemaNavigator): ReducedError[] {
  const kept = errors.filter((e) => e.keyword !== "if");
  const explained = new Set<ErrorObject>();
  const out: ReducedError[] = [];
  for (const error of kept) {
    if (error.keyword !== "additionalProperties") continue;
    const key = String(error.params.additionalProperty);
    const data = valueAt(definition, error.instancePath);
    const nodes = schema.nodesAlong(definition, splitPointer(error.instancePath));
    const node = nodes.length === splitPointer(error.instancePath).length + 1 ? nodes[nodes.length - 1] : undefined;
    const allowed = node === undefined ? [] : schema.allowedKeys(node, data);
    const absent = allowed.filter((k) => !(isObject(data) && k in data));
    const suggestion = closestName(key, absent);
    if (suggestion === undefined) continue;
    for (const other of kept) {
      if (other.keyword === "required" && other.instancePath === error.instancePath && other.params.missingProperty === suggestion) explained.add(other);
    }
    out.push({ error, suggestion });
  }
  const suggestions = new Map(out.map((r) => [r.error, r.suggestion]));
  return kept
    .filter((e) => !explained.has(e))
    .map((error) => {
      const suggestion = suggestions.get(error);
      return suggestion === undefined ? { error } : { error, suggestion };
    });
}
