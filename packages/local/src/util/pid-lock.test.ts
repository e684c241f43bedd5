import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { acquireLock, liveHolder, LockedError } from "./pid-lock.ts";

const t = suite("pid lock files");
const dir = mkdtempSync(join(tmpdir(), "sagepipe-pid-lock-"));
t.after(() => rmSync(dir, { recursive: true, force: true }));
const refuse = (other: { pid: number; runId: string }) => `held by ${other.runId} in process ${other.pid}`;

/** The pid of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

t("holds the pid and run id; a second taker (in this process too) is refused with them; release removes the file", async () => {
  const path = join(dir, "a.lock");
  const lock = await acquireLock(path, { pid: process.pid, runId: "one" }, refuse);
  assert.equal(JSON.parse(readFileSync(path, "utf8")), { pid: process.pid, runId: "one" });
  assert.equal(await liveHolder(path), { pid: process.pid, runId: "one" });
  try {
    await acquireLock(path, { pid: process.pid, runId: "two" }, refuse);
    assert.unreachable("taken twice");
  } catch (e) {
    assert.instance(e, LockedError);
    assert.is((e as Error).message, `held by one in process ${process.pid}`);
  }
  await lock.release();
  assert.not.ok(existsSync(path));
  assert.is(await liveHolder(path), undefined);
});

t("a lock left by a dead process, or cut short, is stale and taken over", async () => {
  for (const text of [JSON.stringify({ pid: deadPid(), runId: "dead" }), ""]) {
    const path = join(dir, "stale.lock");
    writeFileSync(path, text);
    assert.is(await liveHolder(path), undefined);
    const lock = await acquireLock(path, { pid: process.pid, runId: "mine" }, refuse);
    assert.equal(JSON.parse(readFileSync(path, "utf8")).runId, "mine");
    await lock.release();
  }
});

t.run();
