import { suite } from "uvu";
import * as assert from "uvu/assert";
import { pyJsonDumps, pyNumber, pyRepr, pyStr } from "./python-text.ts";

const t = suite("Python text forms");

t("numbers print as Python's str(): shortest digits, exponent below 1e-4 and from 1e16", () => {
  assert.is(pyNumber(0.01), "0.01");
  assert.is(pyNumber(0), "0");
  assert.is(pyNumber(2), "2");
  assert.is(pyNumber(-3.5), "-3.5");
  assert.is(pyNumber(0.0001), "0.0001");
  assert.is(pyNumber(0.00001), "1e-05");
  assert.is(pyNumber(1.5e-7), "1.5e-07");
  assert.is(pyNumber(1e16 + 0.5), "1e+16");
  assert.is(pyNumber(123456789.125), "123456789.125");
  assert.is(pyNumber(Number.NaN), "nan");
  assert.is(pyNumber(-Infinity), "-inf");
});

t("str() of booleans is True/False; strings are unchanged", () => {
  assert.is(pyStr(true), "True");
  assert.is(pyStr(false), "False");
  assert.is(pyStr("adam"), "adam");
});

t("repr() quotes like Python: single quotes, double when the text has a single quote only", () => {
  assert.is(pyRepr("a"), "'a'");
  assert.is(pyRepr("it's"), `"it's"`);
  assert.is(pyRepr(`both ' and "`), `'both \\' and "'`);
  assert.is(pyRepr("tab\there\nback\\slash"), "'tab\\there\\nback\\\\slash'");
  assert.is(pyRepr([{ Classification: "spark-defaults", Properties: { "spark.executor.memory": "2g" } }]), "[{'Classification': 'spark-defaults', 'Properties': {'spark.executor.memory': '2g'}}]");
  assert.is(pyRepr({ on: true, off: null, n: 1.5 }), "{'on': True, 'off': None, 'n': 1.5}");
});

t("json.dumps() uses ', ' and ': ' and escapes non-ASCII", () => {
  assert.is(pyJsonDumps({ a: [1, "x"], b: false }), '{"a": [1, "x"], "b": false}');
  assert.is(pyJsonDumps("adam"), '"adam"');
  assert.is(pyJsonDumps("café"), '"caf\\u00e9"');
  assert.is(pyJsonDumps(0.1), "0.1");
  assert.is(pyJsonDumps(null), "null");
});

t.run();
