// The checked-in generated data (src/schema/*.json), read once on first use.
import { readFileSync } from "node:fs";

/** A JSON Schema node as the generated schema uses them. */
export type SchemaNode = boolean | { readonly [keyword: string]: unknown };

/** What each step type exposes as properties; see schema-gen/property-trees.ts for the notation. */
export interface PropertyTrees {
  readonly $comment: string;
  readonly steps: Readonly<Record<string, string>>;
  readonly shapes: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

let schema: { readonly [keyword: string]: unknown } | undefined;
let trees: PropertyTrees | undefined;

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`./schema/${name}`, import.meta.url), "utf8"));

/** The generated definition schema (definition.schema.json). */
export function definitionSchema(): { readonly [keyword: string]: unknown } {
  return (schema ??= read("definition.schema.json") as { readonly [keyword: string]: unknown });
}

/** The generated step property trees (step-properties.json). */
export function propertyTrees(): PropertyTrees {
  return (trees ??= read("step-properties.json") as PropertyTrees);
}
