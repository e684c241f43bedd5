import type { Json } from "../definition/definition-types.ts";
import { isJsonObject } from "../definition/definition-types.ts";
import { formatPath, type PathSegment } from "./property-path.ts";

/** Fields that name an item in a list, so `Outputs['train']` finds the output named train. */
const NAME_FIELDS = ["OutputName", "ChannelName", "MetricName", "InputName", "Name", "Key"] as const;

function findNamed(list: readonly Json[], key: string): Json | undefined {
  return list.find((item) => isJsonObject(item) && NAME_FIELDS.some((f) => item[f] === key));
}

function describeChoices(value: Json): string {
  if (Array.isArray(value)) {
    const names = value.flatMap((item) =>
      isJsonObject(item) ? NAME_FIELDS.map((f) => item[f]).filter((n): n is string => typeof n === "string").slice(0, 1) : [],
    );
    return names.length ? `it has ${names.map((n) => `'${n}'`).join(", ")}` : `it is a list of ${value.length}`;
  }
  if (isJsonObject(value)) return `it has ${Object.keys(value).join(", ") || "no fields"}`;
  return `it is ${JSON.stringify(value)}`;
}

/** Follows `path` into `root`; returns the value or a message saying where the path stopped. */
export function lookupProperty(root: Json, path: readonly PathSegment[]): { value: Json } | { error: string } {
  let current: Json = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    let next: Json | undefined;
    if (segment.kind === "index") {
      next = Array.isArray(current) ? (current as readonly Json[]).at(segment.index) : undefined;
    } else {
      const key = segment.kind === "field" ? segment.name : segment.key;
      if (Array.isArray(current) && segment.kind === "key") next = findNamed(current as readonly Json[], key);
      else if (isJsonObject(current)) next = current[key];
    }
    if (next === undefined) {
      return { error: `no ${formatPath(path.slice(0, i + 1))} (at ${formatPath(path.slice(0, i)) || "the top"}, ${describeChoices(current)})` };
    }
    current = next;
  }
  return { value: current };
}
