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

t.run();
