/** A JSON Schema (draft 2020-12 subset that ajv compiles in strict mode). */
export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

/** `{ "$ref": "#/$defs/<name>" }`. */
export function ref(name: string): { readonly $ref: string } {
  return { $ref: `#/$defs/${name}` };
}

/** The names of the hand-written `$defs` that derived schemas point at. */
export const DEF = {
  string: "Value.String",
  number: "Value.Number",
  boolean: "Value.Boolean",
  timestamp: "Value.Timestamp",
  expression: "Expression",
} as const;

/**
 * A scalar position: either the literal (`otherwise`) or, when the value is an object, a
 * pipeline expression. `if`/`then`/`else` rather than `anyOf`, so a mistake yields one error.
 */
export function valueOr(otherwise: JsonSchema): JsonSchema {
  return { if: { type: "object" }, then: ref(DEF.expression), else: otherwise };
}

/** Returns a copy of `value` with object keys sorted at every depth (stable output). */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}
