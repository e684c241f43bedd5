// A failing step stops its dependants and keeps every other step's outputs; --resume reruns
// only what failed or did not run, in the same run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { runLocal, type RunRecord } from "@sagepipe/local";
import { definition, input, output, outputOf, processing, PYTHON, workspace } from "./support.ts";

const SCRIPTS = {
  "make.py": "open('/opt/ml/processing/data/n.txt', 'w').write('21')\n",
  "double.py": [
    "import json, sys",
    "config = json.load(open('/opt/ml/processing/config/config.json'))",
    "print('read the config')",
    "if not config['ok']:",
    "    sys.exit('boom: the config says not ok')",
    "n = int(open('/opt/ml/processing/data/n.txt').read())",
    "open('/opt/ml/processing/result/n.txt', 'w').write(str(2 * n))",
  ].join("\n"),
  "report.py": "print('result', open('/opt/ml/processing/result/n.txt').read())\n",
  "side.py": "open('/opt/ml/processing/side/ok.txt', 'w').write('independent')\n",
};

const PIPELINE = definition([
  processing("Make", "make.py", { outputs: [output("Small", "Make", "data")] }),
  processing("Double", "double.py", {
    inputs: [input("data", outputOf("Make", "data"), "/opt/ml/processing/data"), input("config", "s3://my-bucket/config/config.json", "/opt/ml/processing/config")],
    outputs: [output("Small", "Double", "result")],
  }),
  processing("Report", "report.py", { inputs: [input("result", outputOf("Double", "result"), "/opt/ml/processing/result")] }),
  processing("Side", "side.py", { outputs: [output("Small", "Side", "side")] }),
]);

const step = (r: RunRecord, name: string) => r.steps.find((s) => s.name === name)!;

const t = suite("a failing step, then --resume");

t("stops the failed step's dependants, keeps the other outputs, and resumes only what is left", async () => {
  const ws = await workspace("resume");
  try {
    await ws.put("s3://my-bucket/config/config.json", '{"ok": false}');
    const options = { definition: PIPELINE, pipelineName: "Small", assets: await ws.scripts(SCRIPTS), workspace: ws.workspace, python: PYTHON };
    const first = await runLocal(options);
    assert.is(first.status, "Failed");
    assert.equal(first.steps.map((s) => s.status), ["Succeeded", "Failed", "NotRun", "Succeeded"]);
    const failed = step(first, "Double");
    assert.match(failed.error!, "the job exited with code 1: boom: the config says not ok");
    assert.match(failed.logTail!, "read the config");
    assert.is(failed.log, "steps/Double/log.txt");
    assert.is(step(first, "Report").reason, "step Double failed");
    assert.match(first.failureReason!, "step Double failed: the job exited with code 1");
    const sideUri = (step(first, "Side").outputs ?? [])[0]!;
    assert.is(sideUri, `s3://my-bucket/Small/${first.runId}/Side/output/side/ok.txt`);
    assert.is(readFileSync(join(ws.store, "my-bucket", "Small", first.runId, "Side", "output", "side", "ok.txt"), "utf8"), "independent");
    const onDisk = JSON.parse(readFileSync(join(ws.workspace, "runs", first.runId, "run.json"), "utf8")) as RunRecord;
    assert.equal(onDisk.steps.map((s) => s.status), ["Succeeded", "Failed", "NotRun", "Succeeded"]);

    await ws.put("s3://my-bucket/config/config.json", '{"ok": true}');
    const second = await runLocal({ workspace: ws.workspace, python: PYTHON, resume: first.runId });
    assert.is(second.runId, first.runId);
    assert.is(second.status, "Succeeded");
    assert.is(second.attempt, 2);
    assert.equal(second.steps.map((s) => [s.name, s.status, s.attempt]), [["Make", "Succeeded", 1], ["Double", "Succeeded", 2], ["Report", "Succeeded", 1], ["Side", "Succeeded", 1]]);
    assert.is(step(second, "Make").startedAt, step(first, "Make").startedAt);
    assert.is(readFileSync(join(ws.store, "my-bucket", "Small", first.runId, "Double", "output", "result", "n.txt"), "utf8"), "42");
    assert.match(readFileSync(join(ws.workspace, "runs", first.runId, "steps", "Report", "log.txt"), "utf8"), "result 42");
  } finally {
    await ws.remove();
  }
});

t("says what is missing when an input is not in the store, and refuses to resume with new parameters", async () => {
  const ws = await workspace("missing");
  try {
    const options = { definition: PIPELINE, pipelineName: "Small", assets: await ws.scripts(SCRIPTS), workspace: ws.workspace, python: PYTHON };
    const run = await runLocal(options);
    const error = step(run, "Double").error!;
    assert.match(error, "/ProcessingInputs/1 (config): nothing in the local store under s3://my-bucket/config/config.json");
    assert.match(error, "--param Name=file://./file");
    const withParams = await runLocal({ workspace: ws.workspace, resume: run.runId, parameters: { X: "1" } }).then(() => "ran", (e: Error) => e.message);
    assert.match(withParams, "a resumed run keeps its parameters; drop --param");
    const unknown = await runLocal({ workspace: ws.workspace, resume: "nosuchrun" }).then(() => "ran", (e: Error & { exitCode?: number }) => `${e.exitCode} ${e.message}`);
    assert.match(unknown, /^1 --resume nosuchrun: there is no such run/);
    const climbing = await runLocal({ workspace: ws.workspace, resume: "../../../etc" }).then(() => "ran", (e: Error & { exitCode?: number }) => `${e.exitCode} ${e.message}`);
    assert.match(climbing, "1 --resume ../../../etc: there is no such run (a run id is 12 lowercase letters and digits)");
  } finally {
    await ws.remove();
  }
});

t.run();
