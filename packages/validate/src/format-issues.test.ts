import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatIssues, issuesToJson } from "./format-issues.ts";
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

t("prints file:line:col, severity, code, pointer and message, the line with a caret, the fix, then a count", () => {
  const text = formatIssues([issue("SP906", "/Version", "Version: expected x."), issue("SP903", "/Steps/0/Arguments/ErrorMessage", "m.", "Add it.")], "p.json", { source });
  assert.is(text, [
    "p.json:2:3: error SP906: /Version: Version: expected x.",
    '  2 |   "Version": "2020-12-01",',
    "    |   ^",
    "  fix: Change the value to the format the message gives.",
    "p.json:4:35: error SP903: /Steps/0/Arguments/ErrorMessage: m.",
    '  4 |     {"Name": "A", "Type": "Fail", "Arguments": {}}',
    "    |                                   ^",
    "  fix: Add it.",
    "p.json: 2 errors, 0 warnings.",
  ].join("\n"));
});

t("a minified definition (one long line) shows a window of its line around the place, with the true column", () => {
  const minified = JSON.stringify({ Version: "2020-12-01", Metadata: { Note: "x".repeat(3000) }, Steps: [{ Name: "A", Type: "Fail", Arguments: {} }] });
  const [header, shown, caret] = formatIssues([issue("SP903", "/Steps/0/Arguments/ErrorMessage", "m.", "Add it.")], "p.json", { source: minified }).split("\n");
  const column = minified.indexOf('"Arguments"') + 1;
  assert.is(header, `p.json:1:${column}: error SP903: /Steps/0/Arguments/ErrorMessage: m.`);
  assert.ok(shown!.startsWith("  1 | …") && shown!.length < 140, shown);
  assert.is(shown!.slice(caret!.indexOf("^")).slice(0, 12), '"Arguments":', "the caret under the place");
});

t("without the source, prints the file name only", () => {
  assert.is(formatIssues([issue("SP921", "", "x.", "y.")], "p.json"), "p.json: error SP921: /: x.\n  fix: y.\np.json: 1 error, 0 warnings.");
});

t("issuesToJson: the shared JSON shape, with the line's text", () => {
  const [d] = issuesToJson([issue("SP906", "/Version", "m.", "f.")], "p.json", source);
  assert.equal(d, { code: "SP906", severity: "error", file: "p.json", line: 2, column: 3, message: "m.", fix: "f.", source: '  "Version": "2020-12-01",', pointer: "/Version", related: [] });
});

t("says when a definition is valid", () => {
  assert.is(formatIssues([], "p.json"), "p.json: valid pipeline definition.");
});

t.run();
