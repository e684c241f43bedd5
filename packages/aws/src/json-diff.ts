import { canonicalJson } from "./canonical-json.ts";

/** One value that differs between two JSON documents, at a readable path. */
export interface LeafChange {
  /** Path from the compared object, e.g. `Arguments.Inputs[0].S3Uri`; empty for the whole value. */
  readonly path: string;
  readonly kind: "added" | "removed" | "changed";
  readonly before?: unknown;
  readonly after?: unknown;
}

function keyPath(base: string, key: string): string {
  const safe = /^[A-Za-z_$][\w$:-]*$/.test(key) ? key : JSON.stringify(key);
  if (safe !== key) return `${base}[${safe}]`;
  return base ? `${base}.${key}` : key;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/**
 * The leaves that differ between `before` and `after`: objects key by key (in `after`'s order,
 * then keys only `before` has), arrays index by index, anything else by value.
 */
export function diffJson(before: unknown, after: unknown, path = ""): LeafChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !(k in after))];
    return keys.flatMap((k) => {
      const p = keyPath(path, k);
      if (!(k in before)) return [{ path: p, kind: "added" as const, after: after[k] }];
      if (!(k in after)) return [{ path: p, kind: "removed" as const, before: before[k] }];
      return diffJson(before[k], after[k], p);
    });
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const out: LeafChange[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const p = `${path}[${i}]`;
      if (i >= before.length) out.push({ path: p, kind: "added", after: after[i] });
      else if (i >= after.length) out.push({ path: p, kind: "removed", before: before[i] });
      else out.push(...diffJson(before[i], after[i], p));
    }
    return out;
  }
  return canonicalJson(before) === canonicalJson(after) ? [] : [{ path, kind: "changed", before, after }];
}
