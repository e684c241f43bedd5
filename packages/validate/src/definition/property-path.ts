// Step property paths (`ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri`): parsing, and
// resolving them against the generated property trees.
import { didYouMean } from "../closest-name.ts";
import { quoteList } from "../describe-value.ts";
import type { PropertyTrees } from "../schema-data.ts";

/** One `.Name[...]` part of a property path. */
export interface PropertySegment {
  readonly name: string;
  /** Indexes after the name: numbers (`[0]`) and string keys (`['train']`). */
  readonly indexes: readonly (number | string)[];
}

/** Parses a property path; returns a reason string when it is malformed. */
export function parsePropertyPath(path: string): PropertySegment[] | string {
  const segments: PropertySegment[] = [];
  let i = 0;
  while (i < path.length) {
    const name = /^[A-Za-z0-9_]+/.exec(path.slice(i))?.[0];
    if (!name) return `expected a property name at character ${i + 1} of "${path}"`;
    i += name.length;
    const indexes: (number | string)[] = [];
    while (path[i] === "[") {
      const match = /^\[(?:(\d+)|'([^']*)'|"([^"]*)")\]/.exec(path.slice(i));
      if (!match) return `expected [0] or ['key'] at character ${i + 1} of "${path}"`;
      indexes.push(match[1] !== undefined ? Number(match[1]) : (match[2] ?? match[3] ?? ""));
      i += match[0].length;
    }
    segments.push({ name, indexes });
    if (i < path.length) {
      if (path[i] !== ".") return `expected "." at character ${i + 1} of "${path}"`;
      i += 1;
      if (i === path.length) return `"${path}" ends with "."`;
    }
  }
  return segments;
}

/** The result of resolving a path: the leaf kind, or what went wrong. */
export type PropertyResolution = { readonly ok: true; readonly kind: string } | { readonly ok: false; readonly problem: string };

const label = (kind: string): string =>
  kind.startsWith("@") ? "a structure" : kind.startsWith("[") ? "a list" : kind.startsWith("{") ? "a map" : kind;

/** Follows `segments` from step type `stepType`'s root; the leaf must be a scalar. */
export function resolveProperty(trees: PropertyTrees, stepType: string, segments: readonly PropertySegment[]): PropertyResolution {
  const rootName = trees.steps[stepType];
  if (!rootName) return { ok: true, kind: "any" };
  let kind = `@${rootName}`;
  let at = "";
  for (const segment of segments) {
    const members = kind.startsWith("@") ? trees.shapes[kind.slice(1)] : undefined;
    if (!members) return { ok: false, problem: `${at || "the step"} is ${label(kind)}, not a structure with "${segment.name}"` };
    const member = members[segment.name];
    if (member === undefined) {
      const where = at ? `${at} has` : `${stepType} steps have`;
      return { ok: false, problem: `${where} no property "${segment.name}".${didYouMean(segment.name, Object.keys(members))}` };
    }
    kind = member;
    at = at ? `${at}.${segment.name}` : segment.name;
    for (const index of segment.indexes) {
      const text = typeof index === "number" ? `[${index}]` : `['${index}']`;
      if (kind.startsWith("[")) kind = kind.slice(1, -1);
      else if (kind.startsWith("{") && typeof index === "string") kind = kind.slice(1, -1);
      else return { ok: false, problem: `${at} is ${label(kind)}; it cannot be indexed with ${text}` };
      at += text;
    }
  }
  if (kind.startsWith("@")) {
    const members = Object.keys(trees.shapes[kind.slice(1)] ?? {});
    return { ok: false, problem: `${at} is a structure; read one of its fields: ${quoteList(members, 8)}.` };
  }
  if (kind.startsWith("[") || kind.startsWith("{")) {
    return { ok: false, problem: `${at} is ${label(kind)}; pick one item with ${kind.startsWith("[") ? "[0] or ['name']" : "['key']"}` };
  }
  return { ok: true, kind };
}
