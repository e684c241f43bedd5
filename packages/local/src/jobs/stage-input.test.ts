import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ObjectStore } from "../store/object-store.ts";
import { inTempDir } from "../testing/shared-files.ts";
import { stageInput, toStoreUri } from "./stage-input.ts";

const t = suite("stageInput");

t("copies local paths and file:// URIs into the store first, then stages them", () =>
  inTempDir("stage", async (dir) => {
    const store = new ObjectStore(join(dir, "s3"));
    await mkdir(join(dir, "data"));
    await writeFile(join(dir, "data", "rows.csv"), "1\n");
    const viaUri = await stageInput(store, `file://${join(dir, "data")}`, join(dir, "job", "in"), "/ProcessingInputs/0");
    assert.ok("objects" in viaUri);
    assert.is(await readFile(join(dir, "job", "in", "rows.csv"), "utf8"), "1\n");
    const viaPath = await toStoreUri(store, join(dir, "data", "rows.csv"));
    assert.ok("uri" in viaPath && viaPath.uri.startsWith("s3://sagepipe-local-inputs/"));
    assert.equal(await toStoreUri(store, "s3://b/x"), { uri: "s3://b/x" });
    assert.equal(await toStoreUri(store, "relative/path"), { error: "'relative/path' is neither an s3:// URI nor a local path or file:// URI" });
    assert.equal(await toStoreUri(store, "/no/such/dir"), { error: "local input /no/such/dir does not exist" });
  }));

t.run();
