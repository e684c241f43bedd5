// A job sees the system's files, the Python in use and its own inputs and code; not the host's
// other files (before, the whole host file system was visible read-only, /etc/shadow and the
// user's home included). --sandbox-read names more, read-only.
import { homedir } from "node:os";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { runLocal, type RunRecord } from "@sagepipe/local";
import { definition, processing, PYTHON, workspace } from "../local/support.ts";

const step = (r: RunRecord, name: string) => r.steps.find((s) => s.name === name)!;

/** A script that tries each host path and writes what it could read to its log; fails when it read any. */
const snoop = (paths: string[]) =>
  `import os, sys\nread = []\nfor p in ${JSON.stringify(paths)}:\n` +
  "    try:\n        (os.listdir(p) if os.path.isdir(p) else open(p).read()); read.append(p)\n    except OSError as e:\n        print('cannot read', p, type(e).__name__)\n" +
  "import pandas, sklearn\nprint('read:', read)\nsys.exit(1 if read else 0)\n";

const t = suite("what a job can read");

t("a job cannot read a host file in a temp folder, the home folder or /etc/shadow; --sandbox-read lets it read one", async () => {
  const ws = await workspace("reads");
  try {
    const secret = join(ws.dir, "secret.txt");
    writeFileSync(secret, "host data");
    const options = {
      definition: definition([processing("Snoop", "snoop.py")]),
      pipelineName: "Reads",
      assets: await ws.scripts({ "snoop.py": snoop([secret, homedir(), "/etc/shadow", ws.workspace]) }),
      workspace: ws.workspace,
      python: PYTHON,
    };
    const run = await runLocal(options);
    const log = (r: RunRecord) => step(r, "Snoop").logTail ?? "";
    assert.is(run.status, "Succeeded", log(run));
    const allowed = await runLocal({ ...options, sandboxReads: [secret] });
    assert.is(allowed.status, "Failed");
    assert.match(log(allowed), `read: ['${secret}']`);
    const bad = await runLocal({ ...options, sandboxReads: [join(ws.dir, "missing")] }).then(() => "ran", (e: Error) => e.message);
    assert.match(bad, `--sandbox-read ${join(ws.dir, "missing")}: ${join(ws.dir, "missing")} does not exist`);
  } finally {
    await ws.remove();
  }
});

t.run();
