import { existsSync, readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { RunRecord } from "../record/run-record.ts";
import type { RunEnvironment } from "../steps/step-context.ts";
import { inTempDir } from "../testing/shared-files.ts";
import { ActiveRun } from "./active-run.ts";

const t = suite("ActiveRun.save");

t("one failed save (an injected write failure) does not make later saves fail", () =>
  inTempDir("save", async (dir) => {
    const runDir = join(dir, "run");
    await writeFile(runDir, "a file where the run folder should be"); // every write below it fails
    const record = { runId: "abcdefabcdef", status: "Executing", steps: [] } as unknown as RunRecord;
    const run = new ActiveRun({ runDir } as RunEnvironment, undefined as never, undefined as never, record, new Map(), undefined as never, () => new Date(), undefined);
    await run.save();
    assert.ok(run.lastSaveError, "the first save fails");
    assert.is(existsSync(join(dir, "run.json")), false);
    await rm(runDir);
    await mkdir(runDir);
    record.status = "Failed";
    await run.save();
    assert.is(run.lastSaveError, undefined);
    assert.is(JSON.parse(readFileSync(join(runDir, "run.json"), "utf8")).status, "Failed");
  }));

t("saves asked for during a write share the next one, which holds them all; saveSoon writes within its delay; every write is whole", () =>
  inTempDir("save-coalesce", async (dir) => {
    const runDir = join(dir, "run");
    await mkdir(runDir);
    const record = { runId: "abcdefabcdef", status: "Executing", steps: [{ name: "A", type: "Condition", status: "Pending", attempt: 0 }] } as unknown as RunRecord;
    const run = new ActiveRun({ runDir } as RunEnvironment, undefined as never, undefined as never, record, new Map(), undefined as never, () => new Date(), undefined);
    const read = () => JSON.parse(readFileSync(join(runDir, "run.json"), "utf8")) as RunRecord;
    const first = run.save();
    record.steps[0]!.status = "Executing";
    assert.is(run.save(), first, "a save asked for before the queued write begins shares it");
    await new Promise((r) => setImmediate(r)); // the first write has begun
    record.steps[0]!.attempt = 1;
    const second = run.save();
    const third = run.save();
    assert.is(second, third, "the saves asked for during a write share the next one");
    assert.is.not(first, second);
    await third;
    assert.equal([read().steps[0]!.status, read().steps[0]!.attempt], ["Executing", 1], "the shared write holds the changes made before each save");
    record.steps[0]!.status = "Succeeded";
    run.saveSoon();
    run.saveSoon();
    assert.is(read().steps[0]!.status, "Executing", "saveSoon does not write at once");
    for (const until = Date.now() + 60_000; read().steps[0]!.status !== "Succeeded" && Date.now() < until; ) await new Promise((r) => setTimeout(r, 20));
    assert.is(read().steps[0]!.status, "Succeeded", "saveSoon wrote the record");
    record.status = "Succeeded";
    run.saveSoon();
    await run.save(); // a save in time takes the place of the pending one
    assert.is(read().status, "Succeeded");
  }));

t.run();
