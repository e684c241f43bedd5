import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { captureIO } from "../aws/capture-io.ts";
import { main } from "../main.ts";

const PYTHON = process.env.SAGEPIPE_TEST_PYTHON ?? "/usr/bin/python3";

const job = (name: string, script: string, outputs: string[] = [], inputs: unknown[] = []) => ({
  Name: name,
  Type: "Processing",
  Arguments: {
    AppSpecification: { ImageUri: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest", ContainerEntrypoint: ["python3", `/opt/ml/processing/input/code/${script}`] },
    ProcessingInputs: [...inputs, { InputName: "code", S3Input: { S3Uri: `s3://my-bucket/Tiny/code/${script}`, LocalPath: "/opt/ml/processing/input/code", S3DataType: "S3Prefix" } }],
    ProcessingOutputConfig: { Outputs: outputs.map((o) => ({ OutputName: o, S3Output: { S3Uri: { Get: "Parameters.Out" }, LocalPath: `/opt/ml/processing/${o}`, S3UploadMode: "EndOfJob" } })) },
    ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: "ml.m5.xlarge", VolumeSizeInGB: 30 } },
    RoleArn: "arn:aws:iam::123456789012:role/SageMakerRole",
  },
});

const DEFINITION = {
  Version: "2020-12-01",
  Parameters: [{ Name: "Out", Type: "String", DefaultValue: "s3://my-bucket/out" }, { Name: "Ok", Type: "Boolean", DefaultValue: true }],
  Steps: [
    job("Hello", "hello.py", ["greeting"], [{ InputName: "state", S3Input: { S3Uri: "s3://my-bucket/state/", LocalPath: "/opt/ml/processing/state", S3DataType: "S3Prefix" } }]),
    {
      Name: "Check",
      Type: "Condition",
      DependsOn: ["Hello"],
      Arguments: {
        Conditions: [{ Type: "Equals", LeftValue: { Get: "Parameters.Ok" }, RightValue: true }],
        IfSteps: [{ Name: "Register", Type: "RegisterModel", Arguments: { ModelPackageGroupName: "Tiny", InferenceSpecification: { Containers: [{ Image: "img", ModelDataUrl: "s3://my-bucket/model.tar.gz" }] } } }],
        ElseSteps: [{ Name: "Stop", Type: "Fail", Arguments: { ErrorMessage: { "Std:Join": { On: " ", Values: ["Ok was", { Get: "Parameters.Ok" }] } } } }],
      },
    },
  ],
};

/** Writes a build output (definition, manifest, staged script) like `sagepipe build` does. */
async function buildOutput(dir: string, script: string): Promise<string> {
  await mkdir(join(dir, ".sagepipe", "s3", "my-bucket", "state"), { recursive: true });
  await writeFile(join(dir, ".sagepipe", "s3", "my-bucket", "state", "state.txt"), "broken");
  await writeFile(join(dir, "hello.py"), script);
  await writeFile(join(dir, "Tiny.json"), JSON.stringify(DEFINITION, null, 2) + "\n");
  const manifest = { pipelineName: "Tiny", definition: "Tiny.json", assets: [{ s3Uri: "s3://my-bucket/Tiny/code/hello.py", file: "hello.py" }] };
  await writeFile(join(dir, "Tiny.assets.json"), JSON.stringify(manifest));
  return join(dir, "Tiny.json");
}

async function inTemp(body: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "sagepipe-cli-run-"));
  try {
    await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const t = suite("sagepipe run --local");

t("runs a built definition, prints each step, registers the model, and models --local lists it", () =>
  inTemp(async (dir) => {
    const definition = await buildOutput(dir, "open('/opt/ml/processing/greeting/hi.txt', 'w').write('hi')\n");
    await writeFile(join(dir, ".sagepipe", "s3", "my-bucket", "state", "state.txt"), "fixed");
    const io = captureIO({ cwd: dir });
    assert.is(await main(["run", "--local", "--definition", definition, "--python", PYTHON], io), 0, io.errText());
    const out = io.outText();
    assert.match(out, /^Running Tiny locally as run [a-z0-9]{12}; jobs use \//);
    assert.match(out, /  ok      Hello {30}[0-9.]+ s \(job [0-9.]+ s, sagepipe \d+ ms\)/);
    assert.match(out, "  ok      Check                              true (true == true)");
    assert.match(out, "  skipped Stop                               condition Check was true, so its ElseSteps were not taken");
    assert.match(out, /Run [a-z0-9]{12} succeeded in [0-9.]+ s \(record: \.sagepipe\/runs\/[a-z0-9]{12}\/run.json; objects: \.sagepipe\/s3\)/);
    assert.is(await readFile(join(dir, ".sagepipe", "s3", "my-bucket", "out", "hi.txt"), "utf8"), "hi");
    const models = captureIO({ cwd: dir });
    assert.is(await main(["models", "--local"], models), 0);
    assert.match(models.outText(), /Model packages \(\.sagepipe\/registry\):\n  GROUP +VERSION +APPROVAL +CREATED +RUN +MODEL DATA\n  Tiny +1 +PendingManualApproval /);
    const json = captureIO({ cwd: dir });
    assert.is(await main(["models", "--local", "--format", "json"], json), 0);
    assert.is(JSON.parse(json.outText()).packages[0].ModelPackageArn, "arn:aws:sagemaker:local:000000000000:model-package/tiny/1");
  }));

t("exits 1 when the run fails, shows the log tail and how to resume; the resumed run goes on from there", () =>
  inTemp(async (dir) => {
    const definition = await buildOutput(dir, "print('checking')\nassert open('/opt/ml/processing/state/state.txt').read() == 'fixed', 'not fixed yet'\n");
    const io = captureIO({ cwd: dir });
    assert.is(await main(["run", "--local", "--definition", definition, "--python", PYTHON, "--param", "Ok=false"], io), 1);
    const out = io.outText();
    assert.match(out, "  FAILED  Hello                              the job exited with code 1: AssertionError: not fixed yet");
    assert.match(out, "          last lines of steps/Hello/log.txt:\n          | # sagepipe:");
    assert.match(out, "          | checking");
    assert.match(out, "  not run Check                              step Hello failed");
    const runId = /--resume ([a-z0-9]{12})/.exec(out)![1]!;
    await writeFile(join(dir, ".sagepipe", "s3", "my-bucket", "state", "state.txt"), "fixed");
    const resumed = captureIO({ cwd: dir });
    assert.is(await main(["run", "--local", "--resume", runId, "--python", PYTHON], resumed), 1, "Ok=false takes the Fail branch");
    assert.match(resumed.outText(), `Resuming run ${runId} (attempt 2)`);
    assert.match(resumed.outText(), /  ok      Hello +[0-9.]+ s/);
    assert.match(resumed.outText(), "  FAILED  Stop                               Ok was false");
    assert.match(resumed.outText(), `Run ${runId} failed: Stop: Ok was false`);
  }));

t("usage errors exit 2 and say what to give", async () => {
  const cases: [string[], string][] = [
    [["run", "x.ts"], "add --local"],
    [["run", "--local"], "give exactly one of <entry.ts>, --definition <Name.json> or --resume <run-id>"],
    [["run", "--local", "a.ts", "--resume", "abc"], "give exactly one of"],
    [["run", "--local", "--definition", "x.json", "--param", "NoEquals"], "--param takes Name=value, got 'NoEquals'"],
    [["run", "--local", "--definition", "x.json", "--parallel", "0"], "--parallel takes a whole number from 1"],
    [["models", "--local", "--format", "xml"], "--format is text or json"],
  ];
  for (const [args, message] of cases) {
    const io = captureIO({ cwd: tmpdir() });
    assert.is(await main(args, io), 2, args.join(" "));
    assert.match(io.errText(), message);
  }
});

t("user errors exit 1 with every problem listed, and nothing is run", () =>
  inTemp(async (dir) => {
    const definition = await buildOutput(dir, "print('never')\n");
    const io = captureIO({ cwd: dir });
    assert.is(await main(["run", "--local", "--definition", definition, "--python", PYTHON, "--param", "Ok=maybe", "--param", "Nope=1"], io), 1);
    assert.is(
      io.errText(),
      "sagepipe run --local: cannot start the run:\n" +
        "  --param Nope: the pipeline has no parameter 'Nope' (it has: Out, Ok)\n" +
        "  --param Ok: Boolean parameter expects true or false, got 'maybe'",
    );
    const missing = captureIO({ cwd: dir });
    assert.is(await main(["run", "--local", "--definition", join(dir, "None.json")], missing), 1);
    assert.match(missing.errText(), "cannot read --definition");
    const python = captureIO({ cwd: dir });
    assert.is(await main(["run", "--local", "--definition", definition, "--python", "/no/python3"], python), 1);
    assert.match(python.errText(), "Python '/no/python3' was not found; pass --python");
  }));

t("a definition whose step name climbs out of the run folder is refused with the validate message, and nothing is touched", () =>
  inTemp(async (dir) => {
    const definition = await buildOutput(dir, "print('never')\n");
    const doc = JSON.parse(await readFile(definition, "utf8"));
    doc.Steps[0].Name = "../../../victim";
    await writeFile(definition, JSON.stringify(doc, null, 2));
    await mkdir(join(dir, "victim"));
    await writeFile(join(dir, "victim", "keep.txt"), "host");
    const io = captureIO({ cwd: dir });
    assert.is(await main(["run", "--local", "--definition", definition, "--python", PYTHON], io), 1);
    assert.match(io.errText(), /Tiny.json:\d+:\d+: error SP923: \/Steps\/0\/Name: Step name "..\/..\/..\/victim" contains ".", "\/"/);
    assert.match(io.errText(), "sagepipe run --local: --definition Tiny.json is not a valid pipeline definition (the problems above; sagepipe validate shows the same); nothing was run.");
    assert.is(await readFile(join(dir, "victim", "keep.txt"), "utf8"), "host");
    assert.is(existsSync(join(dir, ".sagepipe", "runs")), false);
  }));

t.run();
