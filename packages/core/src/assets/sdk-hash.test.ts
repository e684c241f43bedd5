import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { hashFilesOrDirs, hashObject } from "./sdk-hash.ts";

// Expected values are the hashes in the SDK's goldens (../shared/conformance) and, for the
// folder tree below, what the SDK's hash_files_or_dirs gives for the same files.
const SHARED = new URL("../../../../../shared/conformance/", import.meta.url).pathname;
const t = suite("SDK content hashes");
let dir = "";

t.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), "sagepipe-hash-"));
  mkdirSync(join(dir, "pkg", "sub"), { recursive: true });
  writeFileSync(join(dir, "pkg", "a.py"), "A");
  writeFileSync(join(dir, "pkg", "sub", "b.py"), "B");
  writeFileSync(join(dir, "pkg", "z.txt"), "C");
});
t.after.each(() => rmSync(dir, { recursive: true, force: true }));

t("a source folder (training_step's sourcedir.tar.gz URI)", () => {
  assert.is(hashFilesOrDirs(["scripts/train"], SHARED), "4eeb1a70d9ce404f68343788b8bca0bf95a86a4f2c283a7f36f3d953b765e3a0");
});

t("the script and its folder, sorted; the script counts by its text where no such file exists (processing_step's framework processor)", () => {
  assert.is(hashFilesOrDirs(["train.py", "scripts/train"], SHARED), "c905d304954d03d8db56f0a7885055c50d07acb5583c52ee2c23c77672a68fcf");
});

t("an application and its py-files (processing_step's PySpark code folder)", () => {
  assert.is(hashFilesOrDirs(["scripts/train/utils.py", "scripts/train/train.py"], SHARED), "6023e6bd32564fb7e5232e1b61ed3409ae415061a283f4e7b22b54f130e68e8b");
});

t("nested folders hash entry names (not paths) and recurse, as the SDK does", () => {
  assert.is(hashFilesOrDirs(["pkg"], dir), "f927165af8b31f4269e270f83550ac1f0221cf1a240112ae9baa98b97daba068");
});

t("S3 URIs and missing paths count by their text only", () => {
  assert.is(hashFilesOrDirs(["pkg/a.py", "s3://b/k.py", "missing.py"], dir), "755c113642db50db6f7014fc4f7f8787568913c5c7dc63032a4049035109516a");
});

t("hash_object is over Python's str(): a string as is, other values as repr", () => {
  assert.is(hashObject([{ Classification: "spark-defaults", Properties: { "spark.executor.memory": "2g" } }]), "d591ebe8dfa0f950173a06ae4c59d46da315d25a59d5213f74a87ad4b8452ad2");
  assert.is(hashObject({ a: 1, b: [true, null, "x"] }), "88ffe3d3c42c341eec5446524c619b5ef56c3094ea38c17b986528de79de7fcb");
});

t.run();
