import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { removeDeadStaging } from "./new-run-folder.ts";

const t = suite("leftovers of runs killed while their folder was made");

t("removes staging folders and record-less run folders of dead processes; keeps a live process's, and every folder with a record or no lock", async () => {
  const root = await mkdtemp(join(tmpdir(), "sagepipe-staging-"));
  try {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!; // ended: its pid names no live process
    const folder = (name: string, files: Record<string, string> = {}) => {
      mkdirSync(join(root, name, "bin"), { recursive: true });
      for (const [f, text] of Object.entries(files)) writeFileSync(join(root, name, f), text);
    };
    const lock = (pid: number) => JSON.stringify({ pid, runId: "x" });
    folder(`.new-aaaaaaaaaaaa-${dead}`, { "run.json": "{}", lock: lock(dead) });
    folder(`.new-bbbbbbbbbbbb-${process.pid}`, { "definition.json": "{}" });
    folder("cccccccccccc", { "definition.json": "{}", lock: lock(dead) });
    folder("dddddddddddd", { "run.json": "{}", lock: lock(dead) });
    folder("eeeeeeeeeeee", { "definition.json": "{}" });
    folder(`.new-ffffffffffff-${process.pid}x`);
    await removeDeadStaging(root);
    assert.equal(readdirSync(root).sort(), [`.new-bbbbbbbbbbbb-${process.pid}`, `.new-ffffffffffff-${process.pid}x`, "dddddddddddd", "eeeeeeeeeeee"]);
    await removeDeadStaging(join(root, "missing"));
    assert.ok(existsSync(root));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

t.run();
