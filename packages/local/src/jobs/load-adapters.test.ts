import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { inTempDir } from "../testing/shared-files.ts";
import { loadAdapters } from "./load-adapters.ts";

const t = suite("loadAdapters");

t("reads a user's adapter table, resolving files against its folder", () =>
  inTempDir("adapters", async (dir) => {
    const file = join(dir, "adapters.json");
    await writeFile(file, JSON.stringify({ adapters: [{ name: "mine", image: "my-image:", train: ["python3", "/opt/sagepipe/adapters/train.py"], files: ["train.py"] }] }));
    const { adapters, problems } = await loadAdapters(file);
    assert.equal(problems, []);
    assert.equal(adapters[0]!.files, [join(dir, "train.py")]);
  }));

t("lists every problem of a bad table with where it is", () =>
  inTempDir("adapters-bad", async (dir) => {
    const file = join(dir, "adapters.json");
    await writeFile(file, JSON.stringify({ adapters: [{ image: "(" }, { name: "x", image: "y", train: "python3 t.py" }, 3] }));
    const { adapters, problems } = await loadAdapters(file);
    assert.equal(adapters, []);
    assert.equal(problems.map((p) => p.slice(file.length + 2)), [
      "/adapters/0/name: give the adapter a name",
      "/adapters/0/image: not a regular expression (Invalid regular expression: /(/: Unterminated group)",
      "/adapters/0: give at least one of train, transform, process",
      "/adapters/1/train: must be a list of strings",
      "/adapters/2: an adapter is an object with name, image and train/transform/process commands",
    ]);
    assert.match((await loadAdapters(join(dir, "none.json"))).problems[0]!, "cannot read the adapter table");
  }));

t.run();
