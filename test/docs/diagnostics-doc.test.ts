// docs/diagnostics.md documents every diagnostic code the compiler emits (and no other), and
// the bad-input corpus has a case for each.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { REPO } from "../support/temp-project.ts";

const t = suite("docs/diagnostics.md");

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) out.push(path);
  }
  return out;
}

const codesIn = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((m) => m[1]!));
const emitted = codesIn(sources(join(REPO, "packages/compiler/src")).map((f) => readFileSync(f, "utf8")).join("\n"), /"(SP\d{3})"/g);
const doc = readFileSync(join(REPO, "docs/diagnostics.md"), "utf8");
const documented = codesIn(doc, /^### (SP\d{3}) — /gm);
const corpus = codesIn(readdirSync(join(REPO, "test/bad-inputs")).map((f) => readFileSync(join(REPO, "test/bad-inputs", f), "utf8")).join("\n"), /"(SP\d{3}) \d+:\d+"/g);

t("the compiler emits codes (the scan works)", () => {
  assert.ok(emitted.size >= 30, `found ${[...emitted].join(", ")}`);
});

t("every code the compiler emits has a section", () => {
  assert.equal([...emitted].filter((c) => !documented.has(c)).sort(), []);
});

t("every section is a code the compiler emits", () => {
  assert.equal([...documented].filter((c) => !emitted.has(c)).sort(), []);
});

t("every section says what to do", () => {
  for (const section of doc.split(/^### /m).slice(1)) {
    assert.ok(/\*\*Fix:\*\*/.test(section), `no **Fix:** in ${section.slice(0, 40)}`);
    assert.ok(/\((error|warning), (check|build|check and build)\)/.test(section.split("\n")[0]!), `severity and command in the title of ${section.slice(0, 40)}`);
  }
});

t("every code has a case in the bad-input corpus", () => {
  assert.equal([...emitted].filter((c) => !corpus.has(c)).sort(), []);
});

t.run();
