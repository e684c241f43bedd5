import type { DefinitionChange } from "./definition-diff.ts";
import type { LeafChange } from "./json-diff.ts";

const MARK = { added: "+", removed: "-", changed: "~" } as const;

/** A JSON value on one line, cut to `max` characters. */
export function shortJson(value: unknown, max = 100): string {
  const text = value === undefined ? "(absent)" : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function leafLine(leaf: LeafChange): string {
  const at = leaf.path || "(value)";
  if (leaf.kind === "added") return `${at}: added ${shortJson(leaf.after)}`;
  if (leaf.kind === "removed") return `${at}: removed (was ${shortJson(leaf.before)})`;
  return `${at}: ${shortJson(leaf.before)} -> ${shortJson(leaf.after)}`;
}

function title(c: DefinitionChange): string {
  const type = c.type ? ` (${c.type})` : "";
  switch (c.section) {
    case "step": return `step ${c.name}${type}`;
    case "parameter": return `parameter ${c.name}${type}`;
    case "order": return `order of ${c.name}: ${(c.before ?? []).join(", ")} -> ${(c.after ?? []).join(", ")}`;
    case "field": return c.name;
  }
}

/** Readable lines for a definition diff: one header per step / parameter / field, its leaves indented. */
export function formatDefinitionDiff(changes: readonly DefinitionChange[], indent = "  "): string[] {
  const lines: string[] = [];
  for (const c of changes) {
    lines.push(`${indent}${MARK[c.kind]} ${title(c)}`);
    if (c.kind === "changed" || c.section === "field") for (const leaf of c.details) lines.push(`${indent}    ${leafLine(leaf)}`);
  }
  return lines;
}
