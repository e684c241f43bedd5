// The examples of docs/diagnostics.md: each code's section shows one case of a bad-input corpus,
// marked `<!-- example: <case name> -->`, then a text block of what sagepipe prints for it (the
// message, the wrong line, the fix). Each corpus harness compares the block with what it prints
// for that case (assertDocExample), so an example is always real output; the doc test checks
// that every code has one and that it names a case of a corpus that compares it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as assert from "uvu/assert";
import { REPO } from "../support/temp-project.ts";

/** How examples show the folder of the user's project (a case's temp folder). */
export const PROJECT = "~/project";

/** One example: the case it shows and the text of its block. */
export interface DocExample {
  readonly code: string;
  readonly name: string;
  readonly text: string;
}

/** One printed diagnostic of a case. */
export interface Printed {
  readonly code: string;
  readonly text: string;
}

const EXAMPLE = /<!-- example: (.+?) -->\n```text\n([\s\S]*?)\n```/g;

/** Every example of docs/diagnostics.md, by case name. */
export function docExamples(doc = readFileSync(join(REPO, "docs/diagnostics.md"), "utf8")): Map<string, DocExample> {
  const out = new Map<string, DocExample>();
  for (const m of doc.matchAll(EXAMPLE)) {
    const code = /^\S+:\d+:\d+: (?:error|warning) (SP\d{3}):/.exec(m[2]!)?.[1] ?? "";
    out.set(m[1]!, { code, name: m[1]!, text: m[2]! });
  }
  return out;
}

let cached: Map<string, DocExample> | undefined;

/**
 * Printed text as examples show it: the case's folder as ~/project (and sagepipe's own as
 * ~/sagepipe), without the closing count and what follows it.
 */
export function asExample(text: string, folder?: string): string {
  let shown = folder ? text.split(folder).join(PROJECT) : text;
  shown = shown.split(REPO.replace(/\/$/, "")).join("~/sagepipe");
  return shown.replace(/\n[^\n]*\b\d+ errors?, \d+ warnings?[\s\S]*$/, "").replace(/\s+$/, "");
}

/** When docs/diagnostics.md shows case `name`, asserts its block is what the case printed for that code. */
export function assertDocExample(name: string, printed: readonly Printed[]): void {
  cached ??= docExamples();
  const example = cached.get(name);
  if (!example) return;
  const found = printed.find((p) => p.code === example.code);
  assert.ok(found, `docs/diagnostics.md shows ${example.code} for "${name}", which the case does not report`);
  assert.fixture(found.text, example.text, `the example of ${example.code} in docs/diagnostics.md is what "${name}" prints (update the example)`);
}
