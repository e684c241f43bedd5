// Names from a definition become paths (steps/<name>/, /opt/ml/input/data/<channel>); a name
// that climbs out is refused before anything touches the file system, for new runs (the same
// validation as sagepipe validate) and for resumed runs whose stored definition was edited.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { runLocal } from "@sagepipe/local";
import { definition, processing, PYTHON, workspace } from "../local/support.ts";

const failure = (p: Promise<unknown>) => p.then(() => "ran", (e: Error & { exitCode?: number }) => `${e.exitCode} ${e.message}`);

const t = suite("names from a definition");

t("a step named ../../../victim stops a new run before anything is written", async () => {
  const ws = await workspace("names-new");
  try {
    const victim = join(ws.dir, "victim");
    mkdirSync(victim);
    writeFileSync(join(victim, "keep.txt"), "host");
    const bad = definition([{ ...processing("X", "x.py"), Name: "../../../victim" }]);
    const error = await failure(runLocal({ definition: bad, pipelineName: "Names", assets: await ws.scripts({ "x.py": "print(1)\n" }), workspace: ws.workspace, python: PYTHON }));
    assert.match(error, '1 sagepipe run --local: cannot start the run:\n  definition /Steps/0/Name: Step name "../../../victim" contains ".", "/"');
    assert.equal(readdirSync(victim), ["keep.txt"]);
    assert.is(existsSync(join(ws.workspace, "runs")), false);
  } finally {
    await ws.remove();
  }
});

t("a resumed run whose stored definition was edited to such a name is refused too", async () => {
  const ws = await workspace("names-resume");
  try {
    const first = await runLocal({ definition: definition([processing("Fine", "x.py")]), pipelineName: "Names", assets: await ws.scripts({ "x.py": "import sys; sys.exit(3)\n" }), workspace: ws.workspace, python: PYTHON });
    assert.is(first.status, "Failed");
    const stored = join(ws.workspace, "runs", first.runId, "definition.json");
    const doc = JSON.parse(readFileSync(stored, "utf8"));
    doc.Steps[0].Name = "../../victim";
    writeFileSync(stored, JSON.stringify(doc));
    const error = await failure(runLocal({ workspace: ws.workspace, resume: first.runId, python: PYTHON }));
    assert.match(error, `1 sagepipe run --local: cannot start the run:\n  ${first.runId}/definition.json /Steps/0/Name: Step name "../../victim" contains ".", "/"`);
    assert.match(error, "(the same checks as sagepipe validate; the run's stored definition was changed; start a new run instead)");
    assert.is(JSON.parse(readFileSync(join(ws.workspace, "runs", first.runId, "run.json"), "utf8")).attempt, 1, "the refused resume changed nothing");
    assert.is(existsSync(join(ws.workspace, "victim")), false);
  } finally {
    await ws.remove();
  }
});

t.run();
