import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ObjectStore } from "../store/object-store.ts";
import { inTempDir } from "../testing/shared-files.ts";
import { readAssetsManifest, seedAssets } from "./assets.ts";
import { seedStore } from "./seed-store.ts";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

const t = suite("assets and seeds");

t("reads a build's manifest and puts each asset into the store at its URI", () =>
  inTempDir("assets", async (dir) => {
    await mkdir(join(dir, "out", "assets", "x"), { recursive: true });
    await writeFile(join(dir, "out", "assets", "x", "prep.py"), "print(1)\n");
    const manifest = { pipelineName: "P", definition: "P.json", assets: [{ s3Uri: "s3://b/P/code/x/prep.py", file: "assets/x/prep.py", sha256: sha("print(1)\n"), bytes: 9 }] };
    await writeFile(join(dir, "out", "P.assets.json"), JSON.stringify(manifest));
    const read = await readAssetsManifest(join(dir, "out", "P.assets.json"));
    assert.equal(read.manifest, { pipelineName: "P", definitionPath: join(dir, "out", "P.json"), assets: [{ s3Uri: "s3://b/P/code/x/prep.py", localPath: join(dir, "out", "assets", "x", "prep.py"), sha256: sha("print(1)\n") }] });
    const store = new ObjectStore(join(dir, "s3"));
    assert.equal(await seedAssets(store, read.manifest!.assets), []);
    assert.is(await store.readText("s3://b/P/code/x/prep.py"), "print(1)\n");
  }));

t("a changed or missing asset, or a bad manifest, says to rebuild", () =>
  inTempDir("assets-bad", async (dir) => {
    await writeFile(join(dir, "prep.py"), "print(2)\n");
    const store = new ObjectStore(join(dir, "s3"));
    const problems = await seedAssets(store, [
      { s3Uri: "s3://b/code/prep.py", localPath: join(dir, "prep.py"), sha256: sha("print(1)\n") },
      { s3Uri: "s3://b/code/gone.py", localPath: join(dir, "gone.py") },
      { s3Uri: "not-s3", localPath: join(dir, "prep.py") },
    ]);
    assert.equal(problems, [
      `asset ${join(dir, "prep.py")} changed since the build (its sha256 differs from the manifest); rebuild the pipeline`,
      `asset ${join(dir, "gone.py")} (for s3://b/code/gone.py) is missing; rebuild the pipeline`,
      `asset ${join(dir, "prep.py")}: 'not-s3' is not an s3:// URI`,
    ]);
    await writeFile(join(dir, "P.assets.json"), JSON.stringify({ assets: [{ file: "x" }] }));
    assert.equal((await readAssetsManifest(join(dir, "P.assets.json"))).problems, [
      `${join(dir, "P.assets.json")}: /pipelineName: missing`,
      `${join(dir, "P.assets.json")}: /definition: missing`,
      `${join(dir, "P.assets.json")}: /assets/0: needs s3Uri and file`,
    ]);
  }));

t("a seed folder fills only what the store lacks", () =>
  inTempDir("seed", async (dir) => {
    await mkdir(join(dir, "seed", "bucket", "data"), { recursive: true });
    await writeFile(join(dir, "seed", "bucket", "data", "a.csv"), "seed a");
    await writeFile(join(dir, "seed", "bucket", "data", "b.csv"), "seed b");
    const store = new ObjectStore(join(dir, "s3"));
    await mkdir(join(dir, "s3", "bucket", "data"), { recursive: true });
    await writeFile(join(dir, "s3", "bucket", "data", "a.csv"), "mine");
    assert.equal(await seedStore(store, join(dir, "seed")), ["s3://bucket/data/b.csv"]);
    assert.is(await store.readText("s3://bucket/data/a.csv"), "mine");
    assert.is(await store.readText("s3://bucket/data/b.csv"), "seed b");
  }));

t.run();
