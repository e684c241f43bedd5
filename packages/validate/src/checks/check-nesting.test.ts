// Size and depth: deep expressions and values get a `too-deep` issue that says where (never a
// stack overflow), long chains of steps and deeply nested text are read with loops.
import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatIssues, locatePointers, MAX_EXPRESSION_DEPTH, parseJson, validateDefinition } from "../index.ts";
import { findJsonSyntaxError } from "../json-syntax.ts";

const GOLDENS = new URL("../../../../../shared/conformance/goldens/", import.meta.url);
const golden = (name: string) => JSON.parse(readFileSync(new URL(`${name}.json`, GOLDENS), "utf8")) as { Steps: Record<string, unknown>[]; [key: string]: unknown };

/** The conditions golden with its first condition wrapped in `depth` Nots, as text (JSON.stringify recurses). */
function deepNotText(depth: number): string {
  const def = golden("conditions");
  const args = def.Steps.find((s) => s.Type === "Condition")!.Arguments as { Conditions: unknown[] };
  const inner = JSON.stringify(args.Conditions[0]);
  args.Conditions[0] = "@@HOLE@@";
  return JSON.stringify(def, null, 2).replace('"@@HOLE@@"', '{"Type": "Not", "Condition": '.repeat(depth) + inner + "}".repeat(depth));
}

const t = suite("nesting limits");

t("Not nested 2,000 deep: one too-deep issue at the outermost Not, with line and column", () => {
  const text = deepNotText(2000);
  const parsed = parseJson(text);
  assert.ok(parsed.ok);
  const issues = validateDefinition(parsed.value);
  assert.equal(issues.map((i) => [i.code, i.pointer]), [["SP900", "/Steps/1/Arguments/Conditions/0"]]);
  assert.match(issues[0]!.message, /Expression nested too deep.*at most 100/);
  assert.match(issues[0]!.fix, /Flatten it/);
  const shown = formatIssues(issues, "deep.json", { source: text });
  assert.match(shown, /^deep\.json:\d+:\d+: error SP900: \/Steps\/1\/Arguments\/Conditions\/0: Expression nested too deep/);
});

t("the limit is exact: an expression 100 deep is valid, 101 is not", () => {
  // The golden's first condition is In(Get, [..., Get]): 2 levels.
  const ok = validateDefinition(JSON.parse(deepNotText(MAX_EXPRESSION_DEPTH - 2)));
  assert.equal(ok, []);
  const over = validateDefinition(JSON.parse(deepNotText(MAX_EXPRESSION_DEPTH - 1)));
  assert.equal(over.map((i) => i.code), ["SP900"]);
});

t("a value nested 300 levels (not an expression) is too deep, at the value", () => {
  const def = golden("fail_step") as Record<string, unknown>;
  let value: unknown = "x";
  for (let i = 0; i < 300; i++) value = { a: value };
  def.Metadata = value;
  const issues = validateDefinition(def);
  assert.equal(issues.length, 1);
  assert.is(issues[0]!.code, "SP900");
  assert.ok(issues[0]!.pointer.startsWith("/Metadata/a/a/"), issues[0]!.pointer);
  assert.match(issues[0]!.message, /Value nested too deep: more than 256 levels/);
});

t("20,000 steps that each depend on the next (the cycle search is a loop)", () => {
  const def = golden("fail_step");
  const steps = Array.from({ length: 20000 }, (_, i) => ({
    Name: `F${i}`,
    Type: "Fail",
    Arguments: { ErrorMessage: "x" },
    ...(i + 1 < 20000 ? { DependsOn: [`F${i + 1}`] } : {}),
  }));
  assert.equal(validateDefinition({ ...def, Steps: steps }), []);
  steps[19999] = { ...steps[19999]!, DependsOn: ["F0"] };
  const issues = validateDefinition({ ...def, Steps: steps });
  assert.equal(issues.map((i) => [i.code, i.pointer]), [["SP921", "/Steps/0"]]);
});

t("text nested 100,000 deep: pointers are located and syntax errors found with loops", () => {
  const valid = "[".repeat(100000) + "1" + "]".repeat(100000);
  const offsets = locatePointers(valid);
  assert.is(offsets.get(""), 0);
  assert.is(offsets.get("/0".repeat(100000)), 100000);
  assert.is(findJsonSyntaxError(valid), undefined);
  const broken = "[".repeat(100000) + "1,]" + "]".repeat(99999);
  assert.equal(findJsonSyntaxError(broken), { offset: 100002, problem: 'expected a value (object, array, string, number, true, false or null) but found "]"' });
  const parsed = parseJson(broken);
  assert.ok(!parsed.ok && parsed.issue.code === "SP901");
});

t.run();
