// Training in script mode (SM_* environment, hyperparameters as arguments, model.tar.gz), a
// Model step, a Transform through a user's adapter, and a registration behind a condition on
// a training metric; then the ways steps fail, each saying what to do.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { listLocalModels, runLocal, type RunRecord } from "@sagepipe/local";
import { definition, input, processing, PYTHON, workspace } from "./support.ts";

const SKLEARN = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3";
const ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";

const TRAIN_PY = `import json, os, sys
import helper
model = {"argv": sys.argv[1:], "channel": sorted(os.listdir(os.environ["SM_CHANNEL_TRAIN"])), "alpha": os.environ["SM_HP_ALPHA"], "cwd": os.getcwd(), "helper": helper.NAME}
json.dump(model, open(os.path.join(os.environ["SM_MODEL_DIR"], "model.json"), "w"))
open("/opt/ml/output/data/extra.txt", "w").write("more")
print("epoch 1 loss=0.75")
print("epoch 2 loss=0.25")
`;

const PREDICT_PY = `import json, os, sys
model = json.load(open("/opt/ml/model/model.json"))
src, dst = sys.argv[1], sys.argv[2]
for name in os.listdir(src):
    lines = open(os.path.join(src, name)).read().split()
    open(os.path.join(dst, name + ".out"), "w").write("".join(f"alpha={model['alpha']}:{l}\\n" for l in lines))
`;

function training(name: string, hyperParameters: Record<string, unknown>, image = SKLEARN): Record<string, unknown> {
  return {
    Name: name,
    Type: "Training",
    Arguments: {
      AlgorithmSpecification: { TrainingImage: image, TrainingInputMode: "File", MetricDefinitions: [{ Name: "loss", Regex: "loss=([0-9.]+)" }] },
      HyperParameters: hyperParameters,
      InputDataConfig: [{ ChannelName: "train", ContentType: "text/csv", DataSource: { S3DataSource: { S3DataType: "S3Prefix", S3Uri: "s3://my-bucket/data/train/", S3DataDistributionType: "FullyReplicated" } } }],
      OutputDataConfig: { S3OutputPath: "s3://my-bucket/models" },
      ResourceConfig: { InstanceCount: 1, InstanceType: "ml.m5.xlarge", VolumeSizeInGB: 30 },
      RoleArn: ROLE,
      StoppingCondition: { MaxRuntimeInSeconds: 600 },
    },
  };
}

const scriptMode = (program: string) => ({ alpha: "0.5", name: '"run-a"', sagemaker_program: `"${program}"`, sagemaker_submit_directory: '"s3://my-bucket/code/sourcedir.tar.gz"' });
const step = (r: RunRecord, name: string) => r.steps.find((s) => s.name === name)!;

/** Writes a sourcedir.tar.gz of `files` into `dir`, and a training channel into the store. */
async function withSourceDir(dir: string, put: (uri: string, text: string) => Promise<void>, files: Record<string, string>): Promise<void> {
  const src = join(dir, "src");
  mkdirSync(src, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(src, name), text);
  execFileSync("tar", ["-czf", join(dir, "sourcedir.tar.gz"), "-C", src, ...Object.keys(files)]);
  await put("s3://my-bucket/data/train/a.csv", "1,2\n3,4\n");
}

const t = suite("training, models and transform");

t("trains in script mode, creates and registers the model, and transforms through a user adapter", async () => {
  const ws = await workspace("train");
  try {
    await withSourceDir(ws.dir, ws.put, { "train.py": TRAIN_PY, "helper.py": 'NAME = "helper"\n' });
    await ws.put("s3://my-bucket/batch/batch1.csv", "x\ny\n");
    writeFileSync(join(ws.dir, "predict.py"), PREDICT_PY);
    const pipeline = definition([
      training("Train", scriptMode("train.py")),
      { Name: "MakeModel", Type: "Model", Arguments: { ExecutionRoleArn: ROLE, PrimaryContainer: { Image: "my-registry/predictor:1", ModelDataUrl: { Get: "Steps.Train.ModelArtifacts.S3ModelArtifacts" } } } },
      { Name: "Predict", Type: "Transform", Arguments: { ModelName: { Get: "Steps.MakeModel.ModelName" }, TransformInput: { DataSource: { S3DataSource: { S3DataType: "S3Prefix", S3Uri: "s3://my-bucket/batch/" } }, ContentType: "text/csv" }, TransformOutput: { S3OutputPath: "s3://my-bucket/predictions" }, TransformResources: { InstanceCount: 1, InstanceType: "ml.m5.xlarge" } } },
      {
        Name: "GoodEnough",
        Type: "Condition",
        Arguments: {
          Conditions: [{ Type: "LessThan", LeftValue: { Get: "Steps.Train.FinalMetricDataList['loss'].Value" }, RightValue: 0.5 }],
          IfSteps: [{ Name: "Register", Type: "RegisterModel", Arguments: { ModelPackageGroupName: "Trainer", ModelApprovalStatus: "Approved", InferenceSpecification: { Containers: [{ Image: "my-registry/predictor:1", ModelDataUrl: { Get: "Steps.Train.ModelArtifacts.S3ModelArtifacts" } }] } } }],
          ElseSteps: [{ Name: "TooLossy", Type: "Fail", Arguments: { ErrorMessage: "loss too high" } }],
        },
      },
    ]);
    const assets = [{ s3Uri: "s3://my-bucket/code/sourcedir.tar.gz", localPath: join(ws.dir, "sourcedir.tar.gz") }];
    const adapters = [{ name: "predictor", image: "/predictor:", transform: ["python3", "/opt/sagepipe/adapters/predict.py"], files: [join(ws.dir, "predict.py")] }];
    const run = await runLocal({ definition: pipeline, pipelineName: "Trainer", assets, adapters, workspace: ws.workspace, python: PYTHON });
    assert.is(run.status, "Succeeded", run.failureReason);
    const train = step(run, "Train");
    const artifact = `s3://my-bucket/models/pipelines-${run.runId}-Train/output/model.tar.gz`;
    assert.equal(train.properties!.ModelArtifacts, { S3ModelArtifacts: artifact });
    assert.equal(train.properties!.FinalMetricDataList, [{ MetricName: "loss", Value: 0.25 }]);
    assert.equal(train.outputs, [artifact, `s3://my-bucket/models/pipelines-${run.runId}-Train/output/output.tar.gz`]);
    const unpacked = join(ws.dir, "unpacked");
    mkdirSync(unpacked);
    execFileSync("tar", ["-xzf", join(ws.store, "my-bucket", "models", `pipelines-${run.runId}-Train`, "output", "model.tar.gz"), "-C", unpacked]);
    assert.equal(JSON.parse(readFileSync(join(unpacked, "model.json"), "utf8")), { argv: ["--alpha", "0.5", "--name", "run-a"], channel: ["a.csv"], alpha: "0.5", cwd: "/opt/ml/code", helper: "helper" });
    assert.is(readFileSync(join(ws.store, "my-bucket", "predictions", "batch1.csv.out"), "utf8"), "alpha=0.5:x\nalpha=0.5:y\n");
    assert.equal(step(run, "GoodEnough").condition, { outcome: true, reasons: ["0.25 < 0.5 is true"] });
    assert.is(step(run, "TooLossy").status, "Skipped");
    const models = await listLocalModels(ws.workspace);
    assert.equal(models.packages.map((p) => [p.ModelPackageGroupName, p.ModelPackageVersion, p.ModelApprovalStatus, p.RunId]), [["Trainer", 1, "Approved", run.runId]]);
    assert.equal(models.models.map((m) => m.ModelName), [`pipelines-${run.runId}-MakeModel`]);
    assert.is(step(run, "Register").properties!.ModelPackageArn, "arn:aws:sagemaker:local:000000000000:model-package/trainer/1");
  } finally {
    await ws.remove();
  }
});

t("failed steps say why and what to do: no adapter, unsupported step, the job's failure file, a missing module, a time limit", async () => {
  const ws = await workspace("train-fail");
  try {
    await withSourceDir(ws.dir, ws.put, { "crash.py": "import sys\nopen('/opt/ml/output/failure', 'w').write('alpha must be below 0.1')\nsys.exit(2)\n" });
    const assets = [
      { s3Uri: "s3://my-bucket/code/sourcedir.tar.gz", localPath: join(ws.dir, "sourcedir.tar.gz") },
      ...(await ws.scripts({ "needs.py": "import no_such_module_xyz\n", "slow.py": "import time\nprint('waiting')\ntime.sleep(30)\n" })),
    ];
    const slow = processing("Slow", "slow.py");
    (slow.Arguments as Record<string, unknown>).StoppingCondition = { MaxRuntimeInSeconds: 1 };
    const pipeline = definition([
      training("Unknown", { alpha: "1" }, "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-algo:1"),
      { Name: "CallOut", Type: "Lambda", Arguments: {}, FunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:f" },
      { Name: "After", Type: "Fail", Arguments: { ErrorMessage: "never" }, DependsOn: ["CallOut"] },
      training("Crash", scriptMode("crash.py")),
      processing("Needs", "needs.py", { inputs: [input("data", "s3://my-bucket/data/train/", "/opt/ml/processing/data")] }),
      slow,
    ]);
    const run = await runLocal({ definition: pipeline, pipelineName: "Broken", assets, workspace: ws.workspace, python: PYTHON });
    assert.is(run.status, "Failed");
    assert.match(step(run, "Unknown").error!, "no local stand-in for the training image 123456789012.dkr.ecr.us-east-1.amazonaws.com/my-algo:1");
    assert.match(step(run, "Unknown").error!, "add an adapter with a train command (--adapters file), or run with --docker");
    assert.match(step(run, "CallOut").error!, "Lambda steps cannot run locally (it calls an AWS Lambda function)");
    assert.equal([step(run, "After").status, step(run, "After").reason], ["NotRun", "step CallOut failed"]);
    assert.match(step(run, "Crash").error!, "the job exited with code 2: alpha must be below 0.1");
    assert.match(step(run, "Needs").error!, "has no module 'no_such_module_xyz'");
    assert.match(step(run, "Slow").error!, "ran past StoppingCondition.MaxRuntimeInSeconds (1 s) and was stopped");
    assert.is(run.failureReason, `step Unknown failed: ${step(run, "Unknown").error}`);
  } finally {
    await ws.remove();
  }
});

t.run();
