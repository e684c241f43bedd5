// rebuildOnChange's ending: Ctrl-C (here its AbortSignal) in the moment after a rerun printed
// its line, while the run still hashes its inputs, leaves no folder watcher behind (one would
// keep the process alive after the watch ended).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { rebuildOnChange } from "./rebuild-on-change.ts";

const watchers = () => (process as unknown as { _getActiveHandles(): object[] })._getActiveHandles().filter((h) => h.constructor.name === "FSWatcher").length;

test("stopped right after a rerun's line, the watch ends with no watcher left", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sagepipe-rebuild-"));
  const before = watchers();
  try {
    const file = join(dir, "pipeline.ts");
    const other = join(dir, "sub", "code.py");
    writeFileSync(file, "1");
    const stop = new AbortController();
    let runs = 0;
    const io = {
      out: () => {},
      err: (line: string) => {
        // The rerun's line: stop now, before it hashes and watches its inputs.
        if (/changed:/.test(line)) stop.abort();
      },
      isTTY: false,
      cwd: dir,
      env: {},
    };
    const ended = rebuildOnChange(async () => {
      runs++;
      // The rerun reads a file in a folder not watched yet: a new watcher would be made.
      return { code: 0, inputs: runs === 1 ? [file] : [file, other] };
    }, io, { verb: "built", settleMs: 5, signal: stop.signal });
    await new Promise((r) => setTimeout(r, 200));
    writeFileSync(file, "2");
    assert.is(await ended, 0);
    assert.is(runs, 2);
    assert.is(watchers(), before, "no folder watcher left");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
