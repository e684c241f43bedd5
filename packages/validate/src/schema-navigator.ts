// Follows the generated schema alongside a definition: which schema applies to the value at a
// pointer, which keys an object allows, and what literal a scalar position takes. It knows the
// few constructs the generator emits: $ref, discriminated oneOf, if/then/else, properties,
// additionalProperties and items.
import { isObject } from "./json-pointer.ts";
import type { SchemaNode } from "./schema-data.ts";

/** What a scalar position takes when it is not an expression. */
export interface ScalarExpectation {
  /** JSON types: string, number, integer, boolean, null. */
  readonly types: readonly string[];
  /** Allowed values, for enums. */
  readonly values?: readonly (string | number)[];
  /** The `$defs` name of the position's schema (an enum's SDK name). */
  readonly defName?: string;
}

type SchemaObject = { readonly [keyword: string]: unknown };

const DEFS_PREFIX = "#/$defs/";

/** scalarExpectation per schema node (null: none); schema documents are never changed. */
const expectations = new WeakMap<object, ScalarExpectation | null>();

/**
 * Navigates one schema document alongside one definition: make one per validation, as it
 * remembers how each value of the definition settled (every check walks the same values).
 */
export class SchemaNavigator {
  private readonly settled = new WeakMap<object, Map<SchemaNode, SchemaNode>>();

  constructor(readonly root: SchemaObject) {}

  /** The `$defs` name a `{"$ref": "#/$defs/X"}` node points at. */
  refName(node: SchemaNode | undefined): string | undefined {
    const target = isObject(node) ? node.$ref : undefined;
    return typeof target === "string" && target.startsWith(DEFS_PREFIX) ? target.slice(DEFS_PREFIX.length) : undefined;
  }

  /** Follows `$ref`s to the schema they name. */
  deref(node: SchemaNode): SchemaNode {
    let current = node;
    for (let name = this.refName(current); name !== undefined; name = this.refName(current)) {
      const defs = this.root.$defs as Record<string, SchemaNode>;
      current = defs[name] ?? true;
    }
    return current;
  }

  /** Resolves refs, discriminated `oneOf` and `if`/`then`/`else` against `data`. */
  settle(node: SchemaNode, data: unknown): SchemaNode {
    if (typeof data !== "object" || data === null) return this.settleUncached(node, data);
    let byNode = this.settled.get(data);
    if (byNode === undefined) this.settled.set(data, (byNode = new Map()));
    let settled = byNode.get(node);
    if (settled === undefined) byNode.set(node, (settled = this.settleUncached(node, data)));
    return settled;
  }

  private settleUncached(node: SchemaNode, data: unknown): SchemaNode {
    let current = this.deref(node);
    for (let guard = 0; guard < 20 && isObject(current); guard++) {
      const discriminator = current.discriminator;
      if (isObject(discriminator) && Array.isArray(current.oneOf)) {
        const branch = this.branchFor(current.oneOf as SchemaNode[], String(discriminator.propertyName), data);
        if (!branch) return current;
        current = this.deref(branch);
      } else if (isObject(current.if)) {
        const next = this.matches(current.if, data) ? current.then : current.else;
        current = next === undefined ? true : this.deref(next as SchemaNode);
      } else return current;
    }
    return current;
  }

  /** The schema of `data[key]`; undefined when anything goes there (or the key is unknown). */
  child(node: SchemaNode, data: unknown, key: string | number): SchemaNode | undefined {
    return this.childOfSettled(this.settle(node, data), data, key);
  }

  /** As `child`, given `settle(node, data)` (for walks that visit every key of `data`). */
  childOfSettled(settled: SchemaNode, data: unknown, key: string | number): SchemaNode | undefined {
    if (!isObject(settled)) return undefined;
    if (Array.isArray(data)) return settled.items as SchemaNode | undefined;
    if (!isObject(data)) return undefined;
    const properties = settled.properties;
    if (isObject(properties) && typeof key === "string" && key in properties) return properties[key] as SchemaNode;
    return isObject(settled.additionalProperties) ? (settled.additionalProperties as SchemaNode) : undefined;
  }

  /** The keys an object schema names (empty when it takes any key). */
  allowedKeys(node: SchemaNode, data: unknown): string[] {
    const settled = this.settle(node, data);
    return isObject(settled) && isObject(settled.properties) ? Object.keys(settled.properties) : [];
  }

  /** For a "literal or expression" position: what the literal must be. */
  scalarExpectation(node: SchemaNode | undefined): ScalarExpectation | undefined {
    if (typeof node !== "object") return node === undefined ? undefined : this.expectationOf(node);
    let expectation = expectations.get(node);
    if (expectation === undefined) expectations.set(node, (expectation = this.expectationOf(node) ?? null));
    return expectation ?? undefined;
  }

  private expectationOf(node: SchemaNode): ScalarExpectation | undefined {
    const defName = this.refName(node);
    const target = this.deref(node);
    if (!isObject(target) || !isObject(target.if) || target.if.type !== "object" || !isObject(target.else)) return undefined;
    if (this.refName(target.then as SchemaNode) !== "Expression") return undefined;
    const literal = target.else;
    const values = Array.isArray(literal.enum) ? (literal.enum as (string | number)[]) : undefined;
    const types = values
      ? [...new Set(values.map((v) => (typeof v === "number" ? "number" : "string")))]
      : ([] as string[]).concat(literal.type as string | string[]);
    return { types, ...(values ? { values } : {}), ...(defName ? { defName } : {}) };
  }

  /**
   * The schema nodes from the root to the value at `segments`, unsettled (as the parent names
   * them). Stops early where the schema allows anything.
   */
  nodesAlong(data: unknown, segments: readonly string[]): SchemaNode[] {
    const nodes: SchemaNode[] = [this.root];
    let node: SchemaNode = this.root;
    let value = data;
    for (const segment of segments) {
      const key = Array.isArray(value) ? Number(segment) : segment;
      const next = this.child(node, value, key);
      if (next === undefined) break;
      nodes.push(next);
      node = next;
      value = Array.isArray(value) ? value[Number(segment)] : isObject(value) ? value[segment] : undefined;
    }
    return nodes;
  }

  private branchFor(branches: SchemaNode[], tagName: string, data: unknown): SchemaNode | undefined {
    const tag = isObject(data) ? data[tagName] : undefined;
    return branches.find((branch) => {
      const target = this.deref(branch);
      const tagSchema = isObject(target) && isObject(target.properties) ? target.properties[tagName] : undefined;
      if (!isObject(tagSchema)) return false;
      return tagSchema.const === tag || (Array.isArray(tagSchema.enum) && tagSchema.enum.includes(tag));
    });
  }

  private matches(condition: SchemaObject, data: unknown): boolean {
    if (condition.type === "object") return isObject(data);
    if (condition.type === "array") return Array.isArray(data);
    if (Array.isArray(condition.anyOf)) return condition.anyOf.some((c) => isObject(c) && this.matches(c, data));
    if (Array.isArray(condition.required)) return isObject(data) && condition.required.every((k) => typeof k === "string" && k in data);
    return false;
  }
}
