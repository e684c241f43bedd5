// docs/diagnostics.md documents exactly the codes of the table (@sagepipe/validate's
// DIAGNOSTIC_CODES), each with the table's title, severity, phases and fix; every code of the
// table is used by the compiler or the validator, and has a case in a bad-input corpus.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DIAGNOSTIC_CODES, type CodeInfo } from "@sagepipe/validate";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { REPO } from "../support/temp-project.ts";

const t = suite("docs/diagnostics.md");

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "codes") sources(path, out);
    } else if (name.endsWith(".ts") && !name.endsWith(".test.ts") && name !== "invalid-corpus.ts") out.push(path);
  }
  return out;
}

const read = (files: readonly string[]) => files.map((f) => readFileSync(f, "utf8")).join("\n");
const codesIn = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((m) => m[1]!));
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

const table = new Map(DIAGNOSTIC_CODES.map((c) => [c.code, c]));
const used = codesIn(read([...sources(join(REPO, "packages/compiler/src")), ...sources(join(REPO, "packages/validate/src"))]), /"(SP\d{3})"/g);
const doc = readFileSync(join(REPO, "docs/diagnostics.md"), "utf8");
const sections = new Map(doc.split(/^### /m).slice(1).map((s) => [s.slice(0, 5), s]));
const corpusFiles = [...readdirSync(join(REPO, "test/bad-inputs")).map((f) => join(REPO, "test/bad-inputs", f)), join(REPO, "packages/validate/src/invalid-corpus.ts"), join(REPO, "packages/validate/src/json-syntax.test.ts"), join(REPO, "packages/validate/src/checks/check-nesting.test.ts"), join(REPO, "test/sdk-steps/sdk-steps.test.ts")];
const corpus = codesIn(read(corpusFiles), /"(SP\d{3})(?: \d+:\d+| \/[^"]*)?"/g);

/** `check`, `check and validate`, `check, build and validate`. */
function phasesText(info: CodeInfo): string {
  const p = [...info.phases];
  return p.length === 1 ? p[0]! : `${p.slice(0, -1).join(", ")} and ${p.at(-1)}`;
}

t("the table holds the codes (the scan works)", () => {
  assert.ok(table.size >= 55, `${table.size} codes`);
  assert.is(table.size, DIAGNOSTIC_CODES.length, "each code once");
  assert.ok(used.size >= 55, `found ${[...used].join(", ")}`);
});

t("every code the compiler or the validator uses is in the table, and every code of the table is used", () => {
  assert.equal([...used].filter((c) => !table.has(c)).sort(), []);
  assert.equal([...table.keys()].filter((c) => !used.has(c)).sort(), []);
});

t("every code of the table has a section, and every section is a code of the table", () => {
  assert.equal([...table.keys()].filter((c) => !sections.has(c)), []);
  assert.equal([...sections.keys()].filter((c) => !table.has(c)), []);
});

t("each section's title, severity, phases and fix are the table's", () => {
  for (const info of DIAGNOSTIC_CODES) {
    const section = sections.get(info.code) ?? "";
    assert.is(section.split("\n")[0], `${info.code} — ${info.title} (${info.severity}, ${phasesText(info)})`);
    const fix = /\*\*Fix:\*\*([\s\S]*?)(?:\n\n|\n```|$)/.exec(section)?.[1];
    assert.is(squash(fix ?? "(no **Fix:**)"), squash(info.fix), `the fix of ${info.code}`);
  }
});

t("every code has a case in a bad-input corpus", () => {
  assert.equal([...table.keys()].filter((c) => !corpus.has(c)).sort(), []);
});

t.run();
