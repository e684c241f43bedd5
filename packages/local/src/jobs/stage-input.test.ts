import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ObjectStore } from "../store/object-store.ts";
import { inTempDir } from "../testing/shared-files.ts";
import { stageInput, toStoreUri } from "./stage-input.ts";

const t = suite("stageInput");

t("copies file:// URIs into the store first, then stages them; a bare path is not a local input", () =>
  inTempDir("stage", async (dir) => {
    const store = new ObjectStore(join(dir, "s3"));
    await mkdir(join(dir, "data"));
    await writeFile(join(dir, "data", "rows.csv"), "1\n");
    const viaUri = await stageInput(store, `file://${join(dir, "data")}`, join(dir, "job", "in"), "/ProcessingInputs/0");
    assert.ok("objects" in viaUri);
    assert.is(await readFile(join(dir, "job", "in", "rows.csv"), "utf8"), "1\n");
    const viaFile = await toStoreUri(store, `file://${join(dir, "data", "rows.csv")}`);
    assert.ok("uri" in viaFile && viaFile.uri.startsWith("s3://sagepipe-local-inputs/"));
    const bare = join(dir, "data", "rows.csv");
    assert.equal(await toStoreUri(store, bare), { error: `'${bare}' is neither an s3:// URI nor a file:// URI; to copy a local file in, write it as file://${bare}` });
    assert.equal(await toStoreUri(store, "file://data/rows.csv"), { error: "'file://data/rows.csv': a file:// URI in a definition is absolute (file:///abs/path/data.csv)" });
    assert.equal(await toStoreUri(store, `file://${dir}`), { error: `${dir} holds the local store (${join(dir, "s3")}), so importing it would copy the local store into itself; name a file, or a folder that does not hold it` });
    assert.equal(await toStoreUri(store, "s3://b/x"), { uri: "s3://b/x" });
    assert.equal(await toStoreUri(store, "relative/path"), { error: "'relative/path' is neither an s3:// URI nor a file:// URI" });
    assert.equal(await toStoreUri(store, "file:///no/such/dir"), { error: "local input /no/such/dir does not exist" });
  }));

t.run();
