// RFC 6901 JSON pointers: building, splitting and following them.

/** One step of a pointer: an object key or an array index. */
export type PointerSegment = string | number;

const NEEDS_ESCAPE = /[~/]/;

/** Escapes one segment (`~` → `~0`, `/` → `~1`). */
export function escapeSegment(segment: PointerSegment): string {
  // Validation builds a pointer for every value of a definition: most segments need nothing.
  if (typeof segment === "number") return String(segment);
  return NEEDS_ESCAPE.test(segment) ? segment.replace(/~/g, "~0").replace(/\//g, "~1") : segment;
}

/** `/a/0/b` from `["a", 0, "b"]`. */
export function toPointer(segments: readonly PointerSegment[]): string {
  return segments.map((s) => `/${escapeSegment(s)}`).join("");
}

/** Appends segments to a pointer. */
export function childPointer(pointer: string, ...segments: PointerSegment[]): string {
  let out = pointer;
  for (const segment of segments) out += `/${escapeSegment(segment)}`;
  return out;
}

/** The unescaped segments of a pointer (all strings, as in the pointer). */
export function splitPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The value `pointer` designates in `root`, or undefined. */
export function valueAt(root: unknown, pointer: string): unknown {
  let current = root;
  for (const segment of splitPointer(pointer)) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isObject(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** A plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
