// A --param value becomes a local input only when it says so (file://...). Before, any String
// value naming an existing path was copied into the store, recursively: `--param Label=.`
// copied the working folder, `.sagepipe` (the store itself) included.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { sagepipe } from "../cli/memory-io.ts";
import { workspace } from "../local/support.ts";

const DEFINITION = {
  Version: "2020-12-01",
  Metadata: {},
  Parameters: [{ Name: "Label", Type: "String", DefaultValue: "none" }],
  Steps: [{ Name: "Say", Type: "Fail", Arguments: { ErrorMessage: { "Std:Join": { On: " ", Values: ["label is", { Get: "Parameters.Label" }] } } } }],
};

/** Runs the one-step pipeline from `dir` with `--param Label=<value>`; returns exit code and output. */
async function runWith(dir: string, value: string): Promise<{ code: number; out: string; err: string }> {
  writeFileSync(join(dir, "P.json"), JSON.stringify(DEFINITION));
  writeFileSync(join(dir, "P.assets.json"), JSON.stringify({ pipelineName: "P", definition: "P.json", assets: [] }));
  const r = await sagepipe(["run", "--local", "--definition", "P.json", "--param", `Label=${value}`], dir);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

const imported = (store: string) => existsSync(join(store, "sagepipe-local-inputs")) ? readdirSync(join(store, "sagepipe-local-inputs")) : [];

const t = suite("--param values and local imports");

t("--param Label=. is the text '.', and nothing is copied into the store", async () => {
  const ws = await workspace("param-dot");
  try {
    writeFileSync(join(ws.dir, "notes.txt"), "private");
    const r = await runWith(ws.dir, ".");
    assert.is(r.code, 1, r.err);
    assert.match(r.out, "label is .");
    assert.equal(imported(ws.store), []);
  } finally {
    await ws.remove();
  }
});

t("file://. and file:/// (folders holding the store) are refused, naming the value and the fix; nothing is copied", async () => {
  const ws = await workspace("param-store");
  try {
    mkdirSync(ws.store, { recursive: true });
    const r = await runWith(ws.dir, "file://.");
    assert.is(r.code, 1);
    assert.match(r.err, "--param Label=file://.: ");
    assert.match(r.err, `${ws.dir} holds the local store (${ws.store})`);
    assert.match(r.err, "name a file, or a folder that does not hold it");
    assert.equal(imported(ws.store), []);
    assert.is(existsSync(join(ws.workspace, "runs")), false);
    const root = await runWith(ws.dir, "file:///");
    assert.is(root.code, 1);
    assert.match(root.err, `--param Label=file:///: / holds the local store (${ws.store})`, "the whole disk is never walked");
    const slash = await runWith(ws.dir, "/");
    assert.match(slash.out, "label is /", "without file:// the value is text");
    assert.equal(imported(ws.store), []);
  } finally {
    await ws.remove();
  }
});

t("file://./data.csv copies the file in and passes its s3:// URI", async () => {
  const ws = await workspace("param-file");
  try {
    writeFileSync(join(ws.dir, "data.csv"), "1,2\n");
    const r = await runWith(ws.dir, "file://./data.csv");
    assert.is(r.code, 1, r.err);
    assert.match(r.out, /label is s3:\/\/sagepipe-local-inputs\/[0-9a-f]{16}\/data\.csv/);
    assert.is(imported(ws.store).length, 1);
  } finally {
    await ws.remove();
  }
});

t.run();
