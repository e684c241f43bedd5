// docs/diagnostics.md documents exactly the codes of the table (@sagepipe/validate's
// DIAGNOSTIC_CODES), each with the table's title, severity, phases and fix; every code of the
// table is used by the compiler or the validator, and has a case in a bad-input corpus; every
// section shows one example, a case of a corpus that compares it with what it prints (the
// validator's corpus of mutated goldens is compared here).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DIAGNOSTIC_CODES, type CodeInfo } from "@sagepipe/validate";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatIssues, validateDefinition } from "@sagepipe/validate";
import { INVALID_CASES } from "../../packages/validate/src/invalid-corpus.ts";
import { REPO } from "../support/temp-project.ts";
import { asExample, docExamples } from "./doc-examples.ts";

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

/** Corpus files whose harness compares a case's example with what it prints (test/docs/doc-examples.ts). */
const comparing = [...readdirSync(join(REPO, "test/bad-inputs")).filter((f) => f.endsWith(".test.ts")).map((f) => join(REPO, "test/bad-inputs", f)), join(REPO, "packages/validate/src/invalid-corpus.ts")];
const comparingText = comparing.map((f) => readFileSync(f, "utf8"));
/** The place of SP000 is a file that cannot be read: it has no line to show. */
const NO_SOURCE_LINE = new Set(["SP000"]);

t("every section shows one example: the message with its code, the wrong line, and the fix", () => {
  for (const info of DIAGNOSTIC_CODES) {
    const section = sections.get(info.code) ?? "";
    const examples = [...docExamples(section).values()];
    assert.is(examples.length, 1, `${info.code} has one example (<!-- example: <case name> --> and a text block)`);
    const { code, text, name } = examples[0]!;
    assert.is(code, info.code, `the example of ${info.code} ("${name}") starts with file:line:col: error|warning ${info.code}:`);
    if (!NO_SOURCE_LINE.has(info.code)) assert.match(text, /\n +\d+ \| .*\n +\| +\^/, `the example of ${info.code} shows the wrong line with a caret`);
    assert.match(text, /\n  fix: \S/, `the example of ${info.code} shows the fix`);
  }
});

t("each example names one case of a corpus that compares it", () => {
  const examples = docExamples(doc);
  assert.is(examples.size, DIAGNOSTIC_CODES.length, "one example per code, each of its own case");
  for (const { name, code } of examples.values()) {
    const files = comparing.filter((_, i) => comparingText[i]!.includes(`name: ${JSON.stringify(name)}`));
    assert.is(files.length, 1, `the example of ${code} names "${name}", a case of exactly one corpus file (found ${files.length})`);
  }
});

t("the examples from the validator's corpus are what sagepipe validate prints for them", () => {
  const examples = docExamples(doc);
  let compared = 0;
  for (const c of INVALID_CASES) {
    const example = examples.get(c.name);
    if (!example) continue;
    const definition = JSON.parse(readFileSync(join(REPO, "../shared/conformance/goldens", `${c.base}.json`), "utf8"));
    c.mutate(definition);
    const text = JSON.stringify(definition, null, 2);
    const printed = validateDefinition(definition).filter((i) => i.code === example.code).map((i) => asExample(formatIssues([i], `${c.base}.json`, { source: text })));
    assert.fixture(printed[0] ?? "(not reported)", example.text, `the example of ${example.code} ("${c.name}", ${c.base}.json as the mutation leaves it, indented by 2)`);
    compared++;
  }
  assert.ok(compared > 0, "some examples come from the validator's corpus");
});

t.run();
