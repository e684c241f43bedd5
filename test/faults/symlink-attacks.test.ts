// A job that leaves symbolic links where its outputs go must not move host files into the
// store, nor plant a link a later step writes through. Each case is an attack a job can make;
// the run refuses it, names the link, and the host folder is left as it was.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { runLocal, type RunRecord } from "@sagepipe/local";
import { definition, input, output, outputOf, processing, PYTHON, workspace, type Workspace } from "../local/support.ts";

const step = (r: RunRecord, name: string) => r.steps.find((s) => s.name === name)!;

/** A host folder with one file the attacks aim at. */
function victim(ws: Workspace): string {
  const dir = join(ws.dir, "victim");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "precious.txt"), "host data");
  return dir;
}

const t = suite("symbolic links in job outputs");

t("an output folder replaced by a link to a host folder: refused, nothing moved", async () => {
  const ws = await workspace("link-out");
  try {
    const host = victim(ws);
    const script = `import os, shutil\nshutil.rmtree('/opt/ml/processing/data')\nos.symlink(${JSON.stringify(host)}, '/opt/ml/processing/data')\n`;
    const run = await runLocal({
      definition: definition([processing("Steal", "steal.py", { outputs: [output("Attack", "Steal", "data")] })]),
      pipelineName: "Attack",
      assets: await ws.scripts({ "steal.py": script }),
      workspace: ws.workspace,
      python: PYTHON,
    });
    assert.is(run.status, "Failed");
    assert.match(step(run, "Steal").error!, "the job left a symbolic link (to " + host + ") at /opt/ml/processing/data");
    assert.match(step(run, "Steal").error!, "nothing was moved into the local store");
    assert.equal(readdirSync(host), ["precious.txt"]);
    assert.is(readFileSync(join(host, "precious.txt"), "utf8"), "host data");
    assert.is(existsSync(join(ws.store, "my-bucket", "Attack")), false);
  } finally {
    await ws.remove();
  }
});

t("a link left inside an output: refused, so no later step writes through it", async () => {
  const ws = await workspace("link-in");
  try {
    const host = victim(ws);
    const plant = `import os\nopen('/opt/ml/processing/data/ok.txt', 'w').write('fine')\nos.symlink(${JSON.stringify(host)}, '/opt/ml/processing/data/sub')\n`;
    const write = "open('/opt/ml/processing/out/planted.txt', 'w').write('owned')\n";
    const uri = "s3://my-bucket/shared/";
    const fixed = (name: string, local: string, s3: string) => ({ OutputName: name, S3Output: { S3Uri: s3, LocalPath: local, S3UploadMode: "EndOfJob" } });
    const run = await runLocal({
      definition: definition([
        processing("Plant", "plant.py", { outputs: [fixed("data", "/opt/ml/processing/data", uri)] }),
        processing("Write", "write.py", { outputs: [fixed("out", "/opt/ml/processing/out", `${uri}sub`)], extra: { DependsOn: ["Plant"] } }),
      ]),
      pipelineName: "Attack",
      assets: await ws.scripts({ "plant.py": plant, "write.py": write }),
      workspace: ws.workspace,
      python: PYTHON,
    });
    assert.equal(run.steps.map((s) => s.status), ["Failed", "NotRun"]);
    assert.match(step(run, "Plant").error!, `the job left a symbolic link (to ${host}) at /opt/ml/processing/data/sub`);
    assert.equal(readdirSync(host), ["precious.txt"]);
    assert.is(existsSync(join(ws.store, "my-bucket", "shared", "ok.txt")), false, "nothing of the refused output is moved");
  } finally {
    await ws.remove();
  }
});

t("a link in the store (put there by hand) is neither written through nor read", async () => {
  const ws = await workspace("link-store");
  try {
    const host = victim(ws);
    mkdirSync(join(ws.store, "my-bucket"), { recursive: true });
    execFileSync("ln", ["-s", host, join(ws.store, "my-bucket", "shared")]);
    const run = await runLocal({
      definition: definition([
        processing("Read", "read.py", { inputs: [input("data", "s3://my-bucket/shared/", "/opt/ml/processing/data")] }),
        processing("Write", "write.py", { outputs: [{ OutputName: "out", S3Output: { S3Uri: "s3://my-bucket/shared/x", LocalPath: "/opt/ml/processing/out", S3UploadMode: "EndOfJob" } }] }),
      ]),
      pipelineName: "Attack",
      assets: await ws.scripts({ "read.py": "print('read')\n", "write.py": "open('/opt/ml/processing/out/planted.txt', 'w').write('owned')\n" }),
      workspace: ws.workspace,
      python: PYTHON,
    });
    assert.equal(run.steps.map((s) => s.status), ["Failed", "Failed"]);
    assert.match(step(run, "Read").error!, `cannot read s3://my-bucket/shared/: ${join(ws.store, "my-bucket", "shared")} in the local store is a symbolic link (to ${host})`);
    assert.match(step(run, "Write").error!, `in the local store is a symbolic link (to ${host}), not a folder; remove it`);
    assert.equal(readdirSync(host), ["precious.txt"]);
  } finally {
    await ws.remove();
  }
});

t("training: checkpoints replaced by a link, or a model folder that is a link: refused", async () => {
  const ws = await workspace("link-train");
  try {
    const host = victim(ws);
    const src = join(ws.dir, "src");
    mkdirSync(src, { recursive: true });
    const train = [
      "import os, shutil, sys",
      "which = sys.argv[-1]",
      "target = '/opt/ml/checkpoints' if which == 'checkpoints' else '/opt/ml/model'",
      "shutil.rmtree(target)",
      `os.symlink(${JSON.stringify(host)}, target)`,
    ].join("\n");
    writeFileSync(join(src, "train.py"), train);
    execFileSync("tar", ["-czf", join(ws.dir, "sourcedir.tar.gz"), "-C", src, "train.py"]);
    const training = (name: string, which: string) => ({
      Name: name,
      Type: "Training",
      Arguments: {
        AlgorithmSpecification: { TrainingImage: "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3", TrainingInputMode: "File" },
        HyperParameters: { which: `"${which}"`, sagemaker_program: '"train.py"', sagemaker_submit_directory: '"s3://my-bucket/code/sourcedir.tar.gz"' },
        OutputDataConfig: { S3OutputPath: "s3://my-bucket/models" },
        CheckpointConfig: { S3Uri: "s3://my-bucket/checkpoints" },
        ResourceConfig: { InstanceCount: 1, InstanceType: "ml.m5.xlarge", VolumeSizeInGB: 30 },
        RoleArn: "arn:aws:iam::123456789012:role/SageMakerRole",
        StoppingCondition: { MaxRuntimeInSeconds: 600 },
      },
    });
    const run = await runLocal({
      definition: definition([training("Checkpoints", "checkpoints"), training("Model", "model")]),
      pipelineName: "Attack",
      assets: [{ s3Uri: "s3://my-bucket/code/sourcedir.tar.gz", localPath: join(ws.dir, "sourcedir.tar.gz") }],
      workspace: ws.workspace,
      python: PYTHON,
    });
    assert.equal(run.steps.map((s) => s.status), ["Failed", "Failed"]);
    assert.match(step(run, "Checkpoints").error!, `the job left a symbolic link (to ${host}) at /opt/ml/checkpoints`);
    assert.match(step(run, "Model").error!, `the job left a symbolic link (to ${host}) at /opt/ml/model`);
    assert.equal(readdirSync(host), ["precious.txt"]);
    assert.is(existsSync(join(ws.store, "my-bucket", "models")), false);
    assert.is(existsSync(join(ws.store, "my-bucket", "checkpoints")), false);
  } finally {
    await ws.remove();
  }
});

t("transform: an output folder replaced by a link to a host folder: refused, nothing moved", async () => {
  const ws = await workspace("link-transform");
  try {
    const host = victim(ws);
    await ws.put("s3://my-bucket/batch/rows.csv", "1\n2\n");
    writeFileSync(join(ws.dir, "predict.py"), `import os, shutil, sys\nshutil.rmtree(sys.argv[2])\nos.symlink(${JSON.stringify(host)}, sys.argv[2])\n`);
    const run = await runLocal({
      definition: definition([
        { Name: "MakeModel", Type: "Model", Arguments: { ExecutionRoleArn: "arn:aws:iam::123456789012:role/SageMakerRole", PrimaryContainer: { Image: "my-registry/predictor:1" } } },
        { Name: "Predict", Type: "Transform", Arguments: { ModelName: { Get: "Steps.MakeModel.ModelName" }, TransformInput: { DataSource: { S3DataSource: { S3DataType: "S3Prefix", S3Uri: "s3://my-bucket/batch/" } }, ContentType: "text/csv" }, TransformOutput: { S3OutputPath: "s3://my-bucket/predictions" }, TransformResources: { InstanceCount: 1, InstanceType: "ml.m5.xlarge" } } },
      ]),
      pipelineName: "Attack",
      adapters: [{ name: "predictor", image: "/predictor:", transform: ["python3", "/opt/sagepipe/adapters/predict.py"], files: [join(ws.dir, "predict.py")] }],
      workspace: ws.workspace,
      python: PYTHON,
    });
    assert.equal(run.steps.map((s) => s.status), ["Succeeded", "Failed"]);
    assert.match(step(run, "Predict").error!, `the job left a symbolic link (to ${host}) at /opt/ml/transform/output`);
    assert.match(step(run, "Predict").error!, "nothing was moved into the local store");
    assert.equal(readdirSync(host), ["precious.txt"]);
    assert.is(readFileSync(join(host, "precious.txt"), "utf8"), "host data");
    assert.is(existsSync(join(ws.store, "b", "predictions")), false);
  } finally {
    await ws.remove();
  }
});

t.run();
