import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatIssues } from "./format-issues.ts";
import { locatePointer, locatePointers } from "./json-locations.ts";
import { issue } from "./validation-issue.ts";

const t = suite("formatIssues");
const source = '{\n  "Version": "2020-12-01",\n  "Steps": [\n    {"Name": "A", "Type": "Fail", "Arguments": {}}\n  ]\n}\n';

t("locates keys and array items", () => {
  const offsets = locatePointers(source);
  assert.equal(locatePointer(offsets, source, "/Version"), { line: 2, column: 3 });
  assert.equal(locatePointer(offsets, source, "/Steps/0"), { line: 4, column: 5 });
  assert.equal(locatePointer(offsets, source, "/Steps/0/Type"), { line: 4, column: 19 });
  assert.equal(locatePointer(offsets, source, "/Steps/0/Arguments/Missing"), { line: 4, column: 35 });
});

t("prints file:line:col, pointer, message and code, then a count", () => {
  const text = formatIssues([issue("bad-value", "/Version", "Version: expected x."), issue("missing-key", "/Steps/0/Arguments/ErrorMessage", "m.")], "p.json", { source });
  assert.is(text, ["p.json:2:3: /Version: Version: expected x. [bad-value]", "p.json:4:35: /Steps/0/Arguments/ErrorMessage: m. [missing-key]", "p.json: 2 problems."].join("\n"));
});

t("without the source, prints the file name only", () => {
  assert.is(formatIssues([issue("cycle", "", "x.")], "p.json"), "p.json: /: x. [cycle]\np.json: 1 problem.");
});

t("says when a definition is valid", () => {
  assert.is(formatIssues([], "p.json"), "p.json: valid pipeline definition.");
});

t.run();
