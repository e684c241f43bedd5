// Each definition of the invalid corpus yields exactly one issue, with the expected code and pointer.
import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatIssues, validateDefinition } from "./index.ts";
import { INVALID_CASES } from "./invalid-corpus.ts";

const GOLDENS = new URL("../../../../shared/conformance/goldens/", import.meta.url);
const golden = (name: string): unknown => JSON.parse(readFileSync(new URL(`${name}.json`, GOLDENS), "utf8"));

const t = suite("validateDefinition rejects each mistake with one precise issue");

t("the corpus holds at least 40 distinct cases", () => {
  assert.ok(INVALID_CASES.length >= 40, `${INVALID_CASES.length} cases`);
  assert.is(new Set(INVALID_CASES.map((c) => c.name)).size, INVALID_CASES.length);
});

for (const c of INVALID_CASES) {
  t(c.name, () => {
    const definition = golden(c.base);
    assert.equal(validateDefinition(definition), [], `${c.base}.json must be valid before the mutation`);
    c.mutate(definition);
    const issues = validateDefinition(definition);
    const shown = formatIssues(issues, `${c.base}.json (mutated)`);
    assert.is(issues.length, 1, shown);
    const [found] = issues;
    assert.is(found?.code, c.expectCode, shown);
    assert.is(found?.pointer, c.expectPointer, shown);
    for (const words of c.expectMessage ?? []) assert.ok(`${found?.message} ${found?.fix}`.includes(words), `message and fix lack ${JSON.stringify(words)}:\n${shown}`);
  });
}

t.run();
