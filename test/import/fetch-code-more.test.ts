// `sagepipe import --fetch-code <dir>` for a framework processor (its code staged as the SDK's
// sourcedir.tar.gz plus the runproc.sh launcher that names the script: the launcher is read
// first, the bundle unpacked into <dir>/<method>/, the step written as frameworkProcessor(...).run
// ({ code, sourceDir })) and for a quality check's scripts (copied to <dir>/<method>/<file>).
// S3 is the stubbed in-process client; the built definition differs from the input only in the
// re-uploaded code's content-hashed URIs.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { s3Holding, sent } from "@sagepipe/aws/testing";
import { frameworkLauncher } from "@sagepipe/core";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { captureIO } from "../../packages/cli/src/aws/capture-io.ts";
import { main } from "../../packages/cli/src/main.ts";
import { importCommandFor } from "../../packages/cli/src/commands/import.ts";
import { jsonDifferences } from "../conformance/json-diff.ts";
import { SHARED } from "../conformance/harness.ts";
import { REPO, tempProject } from "../support/temp-project.ts";
import { builtDefinition } from "./built-round-trip.ts";

const TSCONFIG = readFileSync(join(REPO, "packages/cli/templates/app/tsconfig.json"), "utf8");
const processing = readFileSync(join(SHARED, "goldens", "processing_step.json"), "utf8");
const BUNDLE = "s3://my-bucket/ProcessingStepPipeline/code/c905d304954d03d8db56f0a7885055c50d07acb5583c52ee2c23c77672a68fcf/sourcedir.tar.gz";
const LAUNCHER = "s3://my-bucket/ProcessingStepPipeline/code/e6cea79f3ea1aab2177e338f151bf2030601c76b99b931e508f1ad060aa6f037/runproc.sh";
const TRAIN = join(SHARED, "scripts", "train");
/** The SDK's runproc.sh for `python train.py` (its sha256 is the golden's launcher folder). */
const SDK_LAUNCHER = [
  "#!/bin/bash", "", "cd /opt/ml/processing/input/code/", "tar -xzf sourcedir.tar.gz", "",
  "# Exit on any error. SageMaker uses error code to mark failed job.", "set -e", "",
  "if [[ -f 'requirements.txt' ]]; then", "    # Optionally log into CodeArtifact", "    if ! hash aws 2>/dev/null; then",
  '        echo "AWS CLI is not installed. Skipping CodeArtifact login."', "    else", "        echo 'CodeArtifact repository not specified. Skipping login.'", "    fi", "",
  "    # Some py3 containers has typing, which may breaks pip install", "    pip uninstall --yes typing", "", "    python -m pip install -r requirements.txt", "fi", "",
  'python train.py "$@"', "",
].join("\n");
/** The golden's other processing steps run scripts from S3, which --fetch-code copies too. */
const SCRIPT = "s3://my-bucket/code/already-uploaded.py";
const SPARK = "s3://my-bucket/ProcessingStepPipeline/code/6023e6bd32564fb7e5232e1b61ed3409ae415061a283f4e7b22b54f130e68e8b/train.py";

/** A .tar.gz made by tar of a folder's files; `link` adds a symbolic link entry. */
function tarGz(from: string, link?: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "sagepipe-bundle-"));
  try {
    execFileSync("cp", ["-r", from, join(dir, "src")]);
    if (link) symlinkSync("/etc/passwd", join(dir, "src", link));
    execFileSync("tar", ["-czf", join(dir, "b.tar.gz"), "-C", join(dir, "src"), ...readdirSync(join(dir, "src"))]);
    return new Uint8Array(readFileSync(join(dir, "b.tar.gz")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cliIO = (cwd: string) => {
  let log = "";
  return { io: { out: (s: string) => (log += s + "\n"), err: (s: string) => (log += s + "\n"), isTTY: false, cwd, env: process.env }, log: () => log };
};

const t = suite("sagepipe import --fetch-code: framework processors and quality-check scripts");

t("a framework processor: the launcher is read, the bundle unpacked, frameworkProcessor().run({ code, sourceDir }) builds it again", async () => {
  const project = tempProject("import-fetch-fw", { "tsconfig.json": TSCONFIG, "processing.json": processing });
  try {
    assert.ok(LAUNCHER.includes(createHash("sha256").update(SDK_LAUNCHER).digest("hex")));
    const aws = s3Holding({ [BUNDLE]: tarGz(TRAIN), [LAUNCHER]: SDK_LAUNCHER, [SCRIPT]: "print(1)\n", [SPARK]: "print(2)\n" });
    const io = captureIO({ cwd: project.dir });
    assert.is(await importCommandFor(() => aws.clients).run(["processing.json", "--fetch-code", "code", "--out", "pipeline.ts"], io), 0, io.errText());
    assert.equal(sent(aws.s3).map((c) => `s3://${String(c.input.Bucket)}/${String(c.input.Key)}`), [LAUNCHER, BUNDLE, SCRIPT, SPARK], "the launcher first, then the code");
    assert.equal(readdirSync(project.path("code/frameworkProcess")).sort(), readdirSync(TRAIN).sort());
    assert.is(readFileSync(project.path("code/frameworkProcess/train.py"), "utf8"), readFileSync(join(TRAIN, "train.py"), "utf8"));
    const source = readFileSync(project.path("pipeline.ts"), "utf8");
    assert.match(source, "return frameworkProcessor({");
    assert.match(source, `code: "train.py",\n      sourceDir: "code/frameworkProcess",`);
    assert.not.match(source, "runproc.sh");
    assert.match(source, `// The source folder is ${BUNDLE} unpacked (--fetch-code)`);
    const { io: cli, log } = cliIO(project.dir);
    assert.is(await main(["check", "pipeline.ts"], cli), 0, log());
    assert.is(await main(["build", "pipeline.ts", "--out", "out"], cli), 0, log());
    const built = JSON.parse(readFileSync(project.path("out/ProcessingStepPipeline.json"), "utf8")) as unknown;
    const differences = jsonDifferences(built, JSON.parse(processing));
    assert.equal(differences.map((d) => d.pointer), [1, 2].map((i) => `/Steps/0/Arguments/ProcessingInputs/${i}/S3Input/S3Uri`).concat(["/Steps/1/Arguments/ProcessingInputs/1/S3Input/S3Uri", "/Steps/2/Arguments/ProcessingInputs/2/S3Input/S3Uri"]), source);
    assert.match(String(differences[0]!.ours), /^s3:\/\/my-bucket\/ProcessingStepPipeline\/code\/[0-9a-f]{64}\/sourcedir\.tar\.gz$/);
    // sagepipe's own launcher (same steps as the SDK's) under the hash of its text.
    assert.is(differences[1]!.ours, `s3://my-bucket/ProcessingStepPipeline/code/${createHash("sha256").update(frameworkLauncher(["python"], "train.py")).digest("hex")}/runproc.sh`);
  } finally {
    project.remove();
  }
});

t("a launcher frameworkProcessor() would not write keeps the step's code in S3 (processor with its entrypoint); nothing fetched", async () => {
  const project = tempProject("import-fetch-fw", { "processing.json": processing });
  try {
    const aws = s3Holding({ [BUNDLE]: tarGz(TRAIN), [LAUNCHER]: frameworkLauncher(["python"], "train.py").replace("set -e", "set -ex"), [SCRIPT]: "print(1)\n", [SPARK]: "print(2)\n" });
    const io = captureIO({ cwd: project.dir });
    assert.is(await importCommandFor(() => aws.clients).run(["processing.json", "--fetch-code", "code", "--out", "pipeline.ts"], io), 0, io.errText());
    assert.equal(sent(aws.s3).map((c) => `s3://${String(c.input.Bucket)}/${String(c.input.Key)}`), [LAUNCHER, SCRIPT, SPARK], "the launcher is read, the bundle is not");
    const source = readFileSync(project.path("pipeline.ts"), "utf8");
    assert.match(source, `entrypoint: ["/bin/bash", "/opt/ml/processing/input/entrypoint/runproc.sh"]`);
    assert.match(source, BUNDLE);
    assert.not.ok(existsSync(project.path("code/frameworkProcess")));
  } finally {
    project.remove();
  }
});

t("a hostile bundle (a link in it) refuses the import naming the entry; neither the class nor any code is written", async () => {
  const project = tempProject("import-fetch-fw", { "processing.json": processing });
  try {
    const aws = s3Holding({ [BUNDLE]: tarGz(TRAIN, "passwd"), [LAUNCHER]: frameworkLauncher(["python"], "train.py"), [SCRIPT]: "print(1)\n", [SPARK]: "print(2)\n" });
    const io = captureIO({ cwd: project.dir });
    const code = await importCommandFor(() => aws.clients).run(["processing.json", "--fetch-code", "code", "--out", "pipeline.ts"], io);
    assert.is(code, 1);
    assert.match(io.errText(), /sourcedir\.tar\.gz cannot be unpacked: .*passwd/);
    assert.not.ok(existsSync(project.path("pipeline.ts")));
    assert.not.ok(existsSync(project.path("code")));
  } finally {
    project.remove();
  }
});

const CHECKS = `
import { Pipeline, QualityCheck, checkJob, datasetFormat } from "@sagepipe/core";

const checks = checkJob({ role: "arn:aws:iam::123456789012:role/Checks" });

@Pipeline({ name: "checks-scripts", region: "eu-west-1", bucket: "my-bucket" })
export class ChecksPipeline {
  @QualityCheck({ name: "Data" })
  data() {
    return checks.dataQuality({
      baselineDataset: "s3://my-bucket/data/train.csv",
      datasetFormat: datasetFormat.csv(),
      recordPreprocessorScript: "s3://my-bucket/code/preprocess.py",
      postAnalyticsProcessorScript: "s3://my-bucket/code/post.py",
    });
  }
}
`;

t("a quality check's record preprocessor and post-analytics scripts become local files the build uploads again", async () => {
  const definition = await builtDefinition(CHECKS, "checks-scripts");
  const project = tempProject("import-fetch-qc", { "tsconfig.json": TSCONFIG, "checks.json": definition });
  try {
    const aws = s3Holding({ "s3://my-bucket/code/preprocess.py": "def preprocess_handler(r): return r\n", "s3://my-bucket/code/post.py": "def postprocess_handler(): pass\n" });
    const io = captureIO({ cwd: project.dir });
    assert.is(await importCommandFor(() => aws.clients).run(["checks.json", "--fetch-code", "code", "--out", "pipeline.ts"], io), 0, io.errText());
    assert.is(readFileSync(project.path("code/data/preprocess.py"), "utf8"), "def preprocess_handler(r): return r\n");
    assert.is(readFileSync(project.path("code/data/post.py"), "utf8"), "def postprocess_handler(): pass\n");
    const source = readFileSync(project.path("pipeline.ts"), "utf8");
    assert.match(source, `recordPreprocessorScript: "code/data/preprocess.py"`);
    assert.match(source, `postAnalyticsProcessorScript: "code/data/post.py"`);
    assert.match(source, "// code/data/post.py is a copy of s3://my-bucket/code/post.py (--fetch-code)");
    assert.match(io.errText(), "warning: step Data: s3://my-bucket/code/post.py is fetched into code/data/post.py");
    const { io: cli, log } = cliIO(project.dir);
    assert.is(await main(["check", "pipeline.ts"], cli), 0, log());
    assert.is(await main(["build", "pipeline.ts", "--out", "out"], cli), 0, log());
    const built = JSON.parse(readFileSync(project.path("out/checks-scripts.json"), "utf8")) as unknown;
    const differences = jsonDifferences(built, JSON.parse(definition));
    assert.equal(differences.map((d) => d.pointer), ["/Steps/0/Arguments/ProcessingInputs/1/S3Input/S3Uri", "/Steps/0/Arguments/ProcessingInputs/2/S3Input/S3Uri"]);
    for (const d of differences) assert.match(String(d.ours), /^s3:\/\/my-bucket\/checks-scripts\/code\/[0-9a-f]{64}\/(post|preprocess)\.py$/);
  } finally {
    project.remove();
  }
});

t.run();
