import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { inTempDir } from "../testing/shared-files.ts";
import { IMPORT_BUCKET, ObjectStore } from "./object-store.ts";
import { joinS3Uri, parseS3Uri, relativeName } from "./s3-uri.ts";

const t = suite("ObjectStore");

t("parses S3 URIs and refuses keys that climb out of the store", () => {
  assert.equal(parseS3Uri("s3://my-bucket/a/b.csv"), { bucket: "my-bucket", key: "a/b.csv" });
  assert.equal(parseS3Uri("s3://my-bucket"), { bucket: "my-bucket", key: "" });
  assert.is(parseS3Uri("s3://b/../etc/passwd"), undefined);
  assert.is(parseS3Uri("/local/file"), undefined);
  assert.is(joinS3Uri("s3://b/", "x/", "/y"), "s3://b/x/y");
});

t("places downloaded objects as SageMaker does for an S3Prefix", () => {
  assert.is(relativeName("abalone/abalone-dataset.csv", "abalone/abalone-dataset.csv"), "abalone-dataset.csv");
  assert.is(relativeName("run/train", "run/train/train.csv"), "train.csv");
  assert.is(relativeName("run/train/", "run/train/part/a.csv"), "part/a.csv");
  assert.is(relativeName("abalone/abalone-dataset", "abalone/abalone-dataset-batch"), "abalone-dataset-batch");
});

t("lists by key prefix, downloads, and moves uploaded files in", () =>
  inTempDir("store", async (dir) => {
    const store = new ObjectStore(join(dir, "s3"));
    await mkdir(join(dir, "s3", "b", "data", "train"), { recursive: true });
    await writeFile(join(dir, "s3", "b", "data", "train", "a.csv"), "1,2\n");
    await writeFile(join(dir, "s3", "b", "data", "train-extra.csv"), "3,4\n");
    assert.equal((await store.list("s3://b/data/train")).map((o) => [o.key, o.name]), [
      ["data/train-extra.csv", "train-extra.csv"],
      ["data/train/a.csv", "a.csv"],
    ]);
    assert.equal((await store.list("s3://b/data/train/")).map((o) => o.key), ["data/train/a.csv"]);
    assert.equal(await store.list("s3://b/nothing"), []);
    const got = await store.download("s3://b/data/train/", join(dir, "job", "input"));
    assert.is(got.length, 1);
    assert.is(await readFile(join(dir, "job", "input", "a.csv"), "utf8"), "1,2\n");
    await mkdir(join(dir, "job", "out", "sub"), { recursive: true });
    await writeFile(join(dir, "job", "out", "sub", "x.json"), "{}");
    assert.equal(await store.upload(join(dir, "job", "out"), "s3://b/results/"), ["s3://b/results/sub/x.json"]);
    assert.is(await store.readText("s3://b/results/sub/x.json"), "{}");
    const missing = await store.readText("s3://b/missing.json").then(() => "read", (e: Error) => e.message);
    assert.match(missing, "s3://b/missing.json is not in the local store");
  }));

t("imports a local file under a content hash, so the same bytes get the same URI", () =>
  inTempDir("import", async (dir) => {
    const store = new ObjectStore(join(dir, "s3"));
    await writeFile(join(dir, "data.csv"), "a,b\n");
    const first = await store.importLocal(join(dir, "data.csv"));
    assert.match(first, new RegExp(`^s3://${IMPORT_BUCKET}/[0-9a-f]{16}/data.csv$`));
    assert.is(await store.importLocal(join(dir, "data.csv")), first);
    await writeFile(join(dir, "data.csv"), "a,b,c\n");
    assert.is.not(await store.importLocal(join(dir, "data.csv")), first);
    assert.is(await store.readText(first), "a,b\n");
  }));

t.run();
