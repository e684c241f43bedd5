import { canonicalJson } from "./canonical-json.ts";
import { diffJson, type LeafChange } from "./json-diff.ts";

/** One named part of a definition that differs: a step, a parameter, a top-level field, or an order. */
export interface DefinitionChange {
  /** `step` and `parameter` are matched by Name; `field` is a top-level key; `order` is a list's order. */
  readonly section: "step" | "parameter" | "field" | "order";
  /** The step or parameter name, the top-level key, or the list (`Steps`, `Parameters`) for `order`. */
  readonly name: string;
  readonly kind: "added" | "removed" | "changed";
  /** Step Type or parameter Type, when known. */
  readonly type?: string;
  /** The differing leaves inside a changed item (paths relative to it). */
  readonly details: readonly LeafChange[];
  /** For `order`: the names before and after. */
  readonly before?: readonly string[];
  readonly after?: readonly string[];
}

type Named = { readonly name: string; readonly value: Record<string, unknown> };

/** Items of a Steps / Parameters list by Name; undefined when names are missing or repeated. */
function byName(list: unknown): Named[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const items = list.map((v) => ({ name: (v as { Name?: unknown })?.Name, value: v as Record<string, unknown> }));
  if (items.some((i) => typeof i.name !== "string" || !i.value || typeof i.value !== "object")) return undefined;
  const names = items.map((i) => i.name as string);
  return new Set(names).size === names.length ? (items as Named[]) : undefined;
}

function typeOf(v: Record<string, unknown> | undefined): { type?: string } {
  return typeof v?.Type === "string" ? { type: v.Type } : {};
}

/** Changes inside a Steps or Parameters list, matched by Name, plus an order change if any. */
function diffNamedList(section: "step" | "parameter", listName: string, before: unknown, after: unknown): DefinitionChange[] | undefined {
  const a = byName(before ?? []);
  const b = byName(after ?? []);
  if (!a || !b) return undefined;
  const beforeMap = new Map(a.map((i) => [i.name, i.value]));
  const afterMap = new Map(b.map((i) => [i.name, i.value]));
  const changes: DefinitionChange[] = [];
  for (const { name, value } of b) {
    const old = beforeMap.get(name);
    if (!old) changes.push({ section, name, kind: "added", ...typeOf(value), details: [] });
    else {
      const details = diffJson(old, value);
      if (details.length) changes.push({ section, name, kind: "changed", ...typeOf(value), details });
    }
  }
  for (const { name, value } of a) {
    if (!afterMap.has(name)) changes.push({ section, name, kind: "removed", ...typeOf(value), details: [] });
  }
  const common = (items: Named[], other: Map<string, unknown>) => items.map((i) => i.name).filter((n) => other.has(n));
  const orderBefore = common(a, afterMap);
  const orderAfter = common(b, beforeMap);
  if (orderBefore.join("\u0000") !== orderAfter.join("\u0000")) {
    changes.push({ section: "order", name: listName, kind: "changed", details: [], before: orderBefore, after: orderAfter });
  }
  return changes;
}

/**
 * What differs between the live definition (`before`) and the built one (`after`), step by
 * step and parameter by parameter. Empty exactly when both are the same JSON value.
 */
export function diffDefinitions(before: unknown, after: unknown): DefinitionChange[] {
  const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
  if (!isObj(before) || !isObj(after)) {
    return canonicalJson(before) === canonicalJson(after) ? [] : [{ section: "field", name: "(definition)", kind: "changed", details: diffJson(before, after) }];
  }
  const changes: DefinitionChange[] = [];
  const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !(k in after))];
  for (const key of keys) {
    const lists = { Parameters: "parameter", Steps: "step" } as const;
    const section = key === "Parameters" || key === "Steps" ? lists[key] : undefined;
    const named = section ? diffNamedList(section, key, before[key], after[key]) : undefined;
    if (named) {
      changes.push(...named);
      continue;
    }
    if (!(key in before)) changes.push({ section: "field", name: key, kind: "added", details: [{ path: "", kind: "added", after: after[key] }] });
    else if (!(key in after)) changes.push({ section: "field", name: key, kind: "removed", details: [{ path: "", kind: "removed", before: before[key] }] });
    else {
      const details = diffJson(before[key], after[key]);
      if (details.length) changes.push({ section: "field", name: key, kind: "changed", details });
    }
  }
  return changes;
}
