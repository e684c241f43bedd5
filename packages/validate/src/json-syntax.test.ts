import { suite } from "uvu";
import * as assert from "uvu/assert";
import { positionOf } from "./json-locations.ts";
import { findJsonSyntaxError } from "./json-syntax.ts";
import { parseJson } from "./parse-json.ts";

const t = suite("JSON syntax errors");

t("accepts valid JSON", () => {
  assert.is(findJsonSyntaxError('{"a": [1, -2.5e3, "x\\n\\u00e9", true, null, {}]}'), undefined);
});

for (const [text, line, column, words] of [
  ['{"a": 1,}', 1, 9, "key in double quotes"],
  ['{\n  "a": [1 2]\n}', 2, 11, "',' or ']'"],
  ['{"a" 1}', 1, 6, "':'"],
  ['{"a": "x\ny"}', 1, 9, "cannot span lines"],
  ['{"a": tru}', 1, 7, "expected a value"],
  ['{"a": 1} 2', 1, 10, "end of the file"],
  ["", 1, 1, "file ends"],
] as const) {
  t(`locates the error in ${JSON.stringify(text)}`, () => {
    const found = findJsonSyntaxError(text);
    assert.ok(found, "an error");
    assert.equal(positionOf(text, found.offset), { line, column });
    assert.ok(found.problem.includes(words), found.problem);
  });
}

t("parseJson reports line and column in a malformed-json issue", () => {
  const parsed = parseJson('{\n  "Version": "2020-12-01",\n  "Steps": [,]\n}');
  assert.ok(!parsed.ok);
  if (parsed.ok) return;
  assert.equal(parsed.position, { line: 3, column: 13 });
  assert.is(parsed.issue.code, "SP901");
  assert.equal(parsed.ok ? undefined : parsed.position, { line: 3, column: 13 });
  assert.match(parsed.issue.message, "Not valid JSON: ");
});

t.run();
