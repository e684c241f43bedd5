// The pipeline `sagepipe init` writes: the tests' clean pipeline, from which mistakes are made.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const TEMPLATE_PIPELINE = readFileSync(fileURLToPath(new URL("../../../cli/templates/app/pipeline.ts", import.meta.url)), "utf8");

/** The template with `from` replaced by `to` (which must occur exactly once). */
export function mutate(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`mutate: ${JSON.stringify(from)} occurs ${at < 0 ? "nowhere" : "more than once"}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
