// `sagepipe import --fetch-code <dir>`: the scripts a definition's processing steps read from S3
// are downloaded (GetObject, through the stubbed in-process S3 of @sagepipe/aws/testing) into
// <dir>/<method>/, the class runs them as local code, and build uploads them again: the built
// definition differs from the input only in those code URIs (content-hashed now).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { s3Holding, ops, sent } from "@sagepipe/aws/testing";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { captureIO } from "../../packages/cli/src/aws/capture-io.ts";
import { main } from "../../packages/cli/src/main.ts";
import { importCommandFor } from "../../packages/cli/src/commands/import.ts";
import { jsonDifferences } from "../conformance/json-diff.ts";
import { SHARED } from "../conformance/harness.ts";
import { REPO, tempProject } from "../support/temp-project.ts";

const TSCONFIG = readFileSync(join(REPO, "packages/cli/templates/app/tsconfig.json"), "utf8");
const golden = readFileSync(join(SHARED, "goldens", "abalone.json"), "utf8");
const PROCESS = "s3://my-bucket/sklearn-abalone-process-2023-11-14-22-13-20-123/input/code/preprocessing.py";
const EVAL = "s3://my-bucket/script-abalone-eval-2023-11-14-22-13-20-123/input/code/evaluation.py";

const t = suite("sagepipe import --fetch-code");

t("downloads the processing scripts, runs them as local code, and build differs only in their uploaded URIs", async () => {
  const project = tempProject("import-fetch", { "tsconfig.json": TSCONFIG, "abalone.json": golden });
  try {
    const aws = s3Holding({ [PROCESS]: "print('preprocess')\n", [EVAL]: "print('evaluate')\n" });
    const io = captureIO({ cwd: project.dir });
    const code = await importCommandFor(() => aws.clients).run(["abalone.json", "--fetch-code", "code", "--endpoint-url", "http://localhost:4566"], io);
    assert.is(code, 0, io.errText());
    assert.equal(sent(aws.s3).map((c) => `${c.op} ${String(c.input.Bucket)}/${String(c.input.Key)}`).sort(), [
      "GetObject my-bucket/script-abalone-eval-2023-11-14-22-13-20-123/input/code/evaluation.py",
      "GetObject my-bucket/sklearn-abalone-process-2023-11-14-22-13-20-123/input/code/preprocessing.py",
    ]);
    assert.is(readFileSync(project.path("code/abaloneProcess/preprocessing.py"), "utf8"), "print('preprocess')\n");
    assert.is(readFileSync(project.path("code/abaloneEval/evaluation.py"), "utf8"), "print('evaluate')\n");
    assert.equal(readdirSync(project.path("code")).sort(), ["abaloneEval", "abaloneProcess"], "no staging folder left");
    const source = readFileSync(project.path("pipeline.ts"), "utf8");
    assert.match(source, `code: "code/abaloneProcess/preprocessing.py"`);
    assert.match(source, `// The script is a copy of ${PROCESS} (--fetch-code); the build uploads it to a content-hashed location.`);
    assert.not.match(source, "/opt/ml/processing/input/code/");
    assert.match(io.errText(), `warning: step AbaloneProcess: ${PROCESS} is fetched into code/abaloneProcess/preprocessing.py; the build uploads it to a content-hashed location`);

    let log = "";
    const cli = { out: (s: string) => (log += s + "\n"), err: (s: string) => (log += s + "\n"), isTTY: false, cwd: project.dir, env: process.env };
    assert.is(await main(["check", "pipeline.ts"], cli), 0, log);
    assert.is(await main(["build", "pipeline.ts", "--out", "out"], cli), 0, log);
    const built = JSON.parse(readFileSync(project.path("out/AbalonePipeline.json"), "utf8")) as { Steps: { Arguments: { ProcessingInputs: { S3Input: { S3Uri: string } }[] } }[] };
    const differences = jsonDifferences(built, JSON.parse(golden));
    assert.equal(differences.map((d) => d.pointer), ["/Steps/0/Arguments/ProcessingInputs/1/S3Input/S3Uri", "/Steps/2/Arguments/ProcessingInputs/2/S3Input/S3Uri"]);
    assert.match(String(differences[0]!.ours), /^s3:\/\/my-bucket\/AbalonePipeline\/code\/[0-9a-f]{64}\/preprocessing\.py$/);
    const assets = readdirSync(project.path("out"), { recursive: true }).map(String);
    assert.ok(assets.some((a) => a.endsWith("preprocessing.py")), `the script is an asset of the build: ${assets.join(", ")}`);
  } finally {
    project.remove();
  }
});

t("a missing object: one error naming it, exit 1, neither the class nor any code written", async () => {
  const project = tempProject("import-fetch", { "abalone.json": golden });
  try {
    const aws = s3Holding({ [PROCESS]: "print('preprocess')\n" });
    const io = captureIO({ cwd: project.dir });
    const run = await importCommandFor(() => aws.clients).run(["abalone.json", "--fetch-code", "code"], io).catch((e: Error) => e);
    assert.instance(run, Error);
    assert.match((run as Error).message, "script-abalone-eval-2023-11-14-22-13-20-123/input/code/evaluation.py");
    assert.not.ok(existsSync(project.path("pipeline.ts")));
    assert.not.ok(existsSync(project.path("code")));
    assert.equal(ops(aws.s3).length, 2);
  } finally {
    project.remove();
  }
});

const training = readFileSync(join(SHARED, "goldens", "training_step.json"), "utf8");
const BUNDLE = "s3://my-bucket/TrainingStepPipeline/code/4eeb1a70d9ce404f68343788b8bca0bf95a86a4f2c283a7f36f3d953b765e3a0/sourcedir.tar.gz";

/** A .tar.gz made by tar from `files` (path -> text). */
function tarGz(files: Readonly<Record<string, string>>): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "sagepipe-bundle-"));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, "src", path)), { recursive: true });
      writeFileSync(join(dir, "src", path), text);
    }
    execFileSync("tar", ["-czf", join(dir, "b.tar.gz"), "-C", join(dir, "src"), ...Object.keys(files)]);
    return new Uint8Array(readFileSync(join(dir, "b.tar.gz")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

t("a framework estimator's source bundle is unpacked into a folder, frameworkEstimator({ entryPoint, sourceDir }) packs it again", async () => {
  const project = tempProject("import-fetch", { "tsconfig.json": TSCONFIG, "training.json": training });
  try {
    const aws = s3Holding({ [BUNDLE]: tarGz({ "train.py": "print('train')\n", "lib/util.py": "X = 1\n" }) });
    const io = captureIO({ cwd: project.dir });
    assert.is(await importCommandFor(() => aws.clients).run(["training.json", "--fetch-code", "src", "--out", "pipeline.ts"], io), 0, io.errText());
    assert.is(readFileSync(project.path("src/skLearnTrain/train.py"), "utf8"), "print('train')\n");
    assert.is(readFileSync(project.path("src/skLearnTrain/lib/util.py"), "utf8"), "X = 1\n");
    const source = readFileSync(project.path("pipeline.ts"), "utf8");
    assert.match(source, "return frameworkEstimator({");
    assert.match(source, `entryPoint: "train.py",\n      sourceDir: "src/skLearnTrain",`);
    assert.match(source, `hyperparameters: { dropout: 0.1, epochs: this.epochs, optimizer: "adam" }`);
    let log = "";
    const cli = { out: (s: string) => (log += s + "\n"), err: (s: string) => (log += s + "\n"), isTTY: false, cwd: project.dir, env: process.env };
    assert.is(await main(["check", "pipeline.ts"], cli), 0, log);
    assert.is(await main(["build", "pipeline.ts", "--out", "out"], cli), 0, log);
    const differences = jsonDifferences(JSON.parse(readFileSync(project.path("out/TrainingStepPipeline.json"), "utf8")), JSON.parse(training));
    assert.equal(differences.map((d) => d.pointer), ["/Steps/0/Arguments/HyperParameters/sagemaker_submit_directory"]);
    assert.match(String(differences[0]!.ours), /^"s3:\/\/my-bucket\/TrainingStepPipeline\/code\/[0-9a-f]{64}\/sourcedir\.tar\.gz"$/);
  } finally {
    project.remove();
  }
});

t("a bundle with an entry outside its folder is refused: one error naming it, nothing written", async () => {
  const project = tempProject("import-fetch", { "training.json": training });
  try {
    const evil = tarGz({ "train.py": "x" });
    // Rename the entry to ../../evil.py in the archive itself (same length as train.py's header field allows).
    const { gunzipSync, gzipSync } = await import("node:zlib");
    const raw = Buffer.from(gunzipSync(evil));
    raw.write("../../e.py\0", 0, "utf8");
    const aws = s3Holding({ [BUNDLE]: new Uint8Array(gzipSync(raw)) });
    const io = captureIO({ cwd: project.dir });
    assert.is(await importCommandFor(() => aws.clients).run(["training.json", "--fetch-code", "code"], io), 1);
    assert.match(io.errText(), `sagepipe import: ${BUNDLE} cannot be unpacked: entry '../../e.py' would be written outside the folder (an absolute path or '..'). Nothing was written.`);
    assert.not.ok(existsSync(project.path("pipeline.ts")));
    assert.not.ok(existsSync(project.path("code")));
    assert.not.ok(existsSync(join(project.dir, "..", "e.py")));
  } finally {
    project.remove();
  }
});

t("an existing target folder is not replaced without --force", async () => {
  const project = tempProject("import-fetch", { "abalone.json": golden, "code/abaloneProcess/mine.py": "keep" });
  try {
    const aws = s3Holding({ [PROCESS]: "p", [EVAL]: "e" });
    const io = captureIO({ cwd: project.dir });
    assert.is(await importCommandFor(() => aws.clients).run(["abalone.json", "--fetch-code", "code"], io), 1);
    assert.match(io.errText(), /code\/abaloneProcess exists; nothing was written\. Pass --force/);
    assert.is(readFileSync(project.path("code/abaloneProcess/mine.py"), "utf8"), "keep");
    assert.not.ok(existsSync(project.path("pipeline.ts")));
  } finally {
    project.remove();
  }
});

t.run();
