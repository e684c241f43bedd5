import { existsSync } from "node:fs";
import { mkdir, symlink, writeFile } from "node:fs/promises";
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

t("copies a local file given as file://<path> for a String parameter into the store", () =>
  inTempDir("params-file", async (dir) => {
    await writeFile(join(dir, "data.csv"), "1,2\n");
    const store = new ObjectStore(join(dir, "s3"));
    const r = await resolveParameters(defs, { Input: "file://./data.csv" }, store, dir);
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
      "--param Input=file:///no/such/file.csv: /no/such/file.csv does not exist",
      "--param Stage: 'test' is not one of dev, prod",
      "--param Needed: required (the parameter has no default); pass --param Needed=<string>",
    ]);
  }));

t("a value naming an existing path is text unless written file://: nothing is imported", () =>
  inTempDir("params-text", async (dir) => {
    await writeFile(join(dir, "data.csv"), "1,2\n");
    const store = new ObjectStore(join(dir, "s3"));
    const r = await resolveParameters(defs, { Input: "./data.csv" }, store, dir);
    assert.equal([r.problems, r.values.get("Input")!.value, r.imports], [[], "./data.csv", {}]);
    const dot = await resolveParameters(defs, { Input: "." }, store, dir);
    assert.equal([dot.problems, dot.values.get("Input")!.value, dot.imports], [[], ".", {}]);
    assert.is(existsSync(join(dir, "s3")), false);
  }));

t("refuses a folder that holds the store or a guarded folder, and a folder holding a link", () =>
  inTempDir("params-guard", async (dir) => {
    const store = new ObjectStore(join(dir, "ws", "s3"), [{ path: join(dir, "ws"), what: "the workspace" }]);
    await mkdir(join(dir, "ws", "runs"), { recursive: true });
    await mkdir(join(dir, "data"));
    await writeFile(join(dir, "data", "a.csv"), "1\n");
    await symlink("/etc/hostname", join(dir, "data", "secret"));
    const r = await resolveParameters(defs, { Input: "file://." }, store, dir);
    assert.equal(r.problems, [`--param Input=file://.: ${dir} holds the local store (${join(dir, "ws", "s3")}), so importing it would copy the local store into itself; name a file, or a folder that does not hold it`]);
    const ws = await resolveParameters(defs, { Input: `file://${join(dir, "ws", "runs", "..")}` }, store, dir);
    assert.match(ws.problems[0]!, "holds the local store");
    const linked = await resolveParameters(defs, { Input: "file://data" }, store, dir);
    assert.equal(linked.problems, [`--param Input=file://data: ${join(dir, "data")}: ${join(dir, "data", "secret")} is a symbolic link (to /etc/hostname); an imported folder may hold only regular files and folders`]);
    const empty = await resolveParameters(defs, { Input: "file://" }, store, dir);
    assert.equal(empty.problems, ["--param Input=file://: names no path; write file://./data.csv or file:///abs/path/data.csv"]);
    assert.is(existsSync(join(dir, "ws", "s3")), false);
  }));

t.run();
