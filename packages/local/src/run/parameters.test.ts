import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { ParameterDefinition } from "../definition/definition-types.ts";
import { ObjectStore } from "../store/object-store.ts";
import { inTempDir } from "../testing/shared-files.ts";
import { resolveParameters } from "./parameters.ts";

const defs: ParameterDefinition[] = [
  { Name: "Count", Type: "Integer", DefaultValue: 1 },
  { Name: "Threshold", Type: "Float", DefaultValue: 6.0 },
  { Name: "Flag", Type: "Boolean", DefaultValue: false },
  { Name: "Input", Type: "String", DefaultValue: "s3://b/in.csv" },
  { Name: "Stage", Type: "String", DefaultValue: "dev", EnumValues: ["dev", "prod"] },
];

const t = suite("resolveParameters");

t("uses defaults, converts given text to each parameter's type", () =>
  inTempDir("params", async (dir) => {
    const r = await resolveParameters(defs, { Count: "3", Threshold: "0.1", Flag: "true", Stage: "prod" }, new ObjectStore(join(dir, "s3")), dir);
    assert.equal(r.problems, []);
    assert.equal(Object.fromEntries([...r.values].map(([k, v]) => [k, v.value])), { Count: 3, Threshold: 0.1, Flag: true, Input: "s3://b/in.csv", Stage: "prod" });
  }));

t("copies a local file given for a String parameter into the store", () =>
  inTempDir("params-file", async (dir) => {
    await writeFile(join(dir, "data.csv"), "1,2\n");
    const store = new ObjectStore(join(dir, "s3"));
    const r = await resolveParameters(defs, { Input: "./data.csv" }, store, dir);
    const uri = r.values.get("Input")!.value as string;
    assert.match(uri, /^s3:\/\/sagepipe-local-inputs\/[0-9a-f]{16}\/data.csv$/);
    assert.equal(r.imports, { Input: join(dir, "data.csv") });
    assert.is(await store.readText(uri), "1,2\n");
    const viaUri = await resolveParameters(defs, { Input: `file://${join(dir, "data.csv")}` }, store, dir);
    assert.is(viaUri.values.get("Input")!.value, uri);
  }));

t("lists every problem: unknown names, bad values, enum values, missing required ones", () =>
  inTempDir("params-bad", async (dir) => {
    const required: ParameterDefinition[] = [...defs, { Name: "Needed", Type: "String" }];
    const r = await resolveParameters(required, { Count: "1.5", Flag: "yes", Stage: "test", Nope: "1", Input: "file:///no/such/file.csv" }, new ObjectStore(join(dir, "s3")), dir);
    assert.equal(r.problems, [
      "--param Nope: the pipeline has no parameter 'Nope' (it has: Count, Threshold, Flag, Input, Stage, Needed)",
      "--param Count: Integer parameter expects an Integer, got '1.5'",
      "--param Flag: Boolean parameter expects true or false, got 'yes'",
      "--param Input: file:///no/such/file.csv does not exist",
      "--param Stage: 'test' is not one of dev, prod",
      "--param Needed: required (the parameter has no default); pass --param Needed=<string>",
    ]);
  }));

t.run();
