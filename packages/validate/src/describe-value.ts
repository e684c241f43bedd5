// Short descriptions of JSON values for messages ("found number 5").

/** The JSON type of a value: string, integer, number, boolean, null, array, object. */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** `string "abc"`, `number 1.5`, `an object with keys A, B`, `an array of 3 items`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return `string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  if (typeof value === "number" || typeof value === "boolean") return `${jsonType(value)} ${String(value)}`;
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  const keys = Object.keys(value as object);
  return keys.length ? `an object with key${keys.length === 1 ? "" : "s"} ${quoteList(keys, 6)}` : "an empty object";
}

/** `"a", "b" and "c"`, shortened to `limit` items (`... and 7 more`). */
export function quoteList(items: readonly string[], limit = 12): string {
  const quoted = items.slice(0, limit).map((i) => JSON.stringify(i));
  if (items.length > limit) return `${quoted.join(", ")} and ${items.length - limit} more`;
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
