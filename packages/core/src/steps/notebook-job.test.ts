import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { NotebookJob, Pipeline, Processing, notebookJob, processor, renderValue } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const role = "arn:aws:iam::123456789012:role/R";
const image = "885854791233.dkr.ecr.us-east-1.amazonaws.com/sagemaker-distribution-prod:1-cpu";
const t = suite("notebook job step");
let dir = "";
type Step = { Name: string; Type: string; Arguments: Record<string, unknown> & { InputDataConfig: { DataSource: { S3DataSource: { S3Uri: string } } }[] } };
const stepsOf = (cls: new () => object) => (evaluatePipeline(cls, { sourceDir: dir }).definition as unknown as { Steps: Step[] }).Steps;

t.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), "sagepipe-notebook-"));
  mkdirSync(join(dir, "nb", "data", "deep"), { recursive: true });
  writeFileSync(join(dir, "nb", "report.ipynb"), "{}\n");
  writeFileSync(join(dir, "nb", "data", "a.csv"), "a\n");
  writeFileSync(join(dir, "nb", "data", "deep", "b.csv"), "b\n");
});
t.after.each(() => rmSync(dir, { recursive: true, force: true }));

@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class Options {
  @NotebookJob() report() {
    return notebookJob({
      inputNotebook: "nb/report.ipynb", image, kernelName: "python3", role,
      additionalDependencies: ["nb/data"],
      s3KmsKey: "kms-s3", volumeKmsKey: "kms-vol", encryptInterContainerTraffic: false,
      securityGroupIds: ["sg-1"], subnets: ["subnet-1"],
    });
  }
  @Processing() after() {
    const nb = this.report().properties;
    return processor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1, env: { JOB: nb.ComputingJobName, OUT: nb.OutputNotebookName, IN: nb.NotebookJobInputLocation } }).run({});
  }
}

@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class Bad {
  @NotebookJob() report() {
    return notebookJob({
      inputNotebook: "nb/missing.ipynb", image: "885854791233.dkr.ecr.eu-west-1.amazonaws.com/x:1", kernelName: "", role,
      notebookJobName: "1-bad name", initializationScript: "nb/init.sh", additionalDependencies: ["nb/nothing"],
    });
  }
}

t("defaults: the bucket as the root, ml.m5.large, 30 GB, one retry, two days; a Training step", () => {
  const [step] = stepsOf(Options);
  assert.is(step!.Type, "Training");
  const a = step!.Arguments;
  assert.is(a.TrainingJobName, "report-ipynb");
  assert.equal(a.RetryStrategy, { MaximumRetryAttempts: 1 });
  assert.equal(a.StoppingCondition, { MaxRuntimeInSeconds: 172800 });
  assert.equal(a.ResourceConfig, { VolumeSizeInGB: 30, InstanceCount: 1, InstanceType: "ml.m5.large", VolumeKmsKeyId: "kms-vol" });
  assert.match(a.InputDataConfig[0]!.DataSource.S3DataSource.S3Uri, /^s3:\/\/b\/P\/Report\/input-[0-9a-f]{64}$/);
  assert.equal(a.OutputDataConfig, { S3OutputPath: { "Std:Join": { On: "/", Values: ["s3://b", "P", { Get: "Execution.PipelineExecutionId" }, "Report"] } }, KmsKeyId: "kms-s3" });
  assert.is(a.EnableInterContainerTrafficEncryption, false);
  assert.equal(a.VpcConfig, { SecurityGroupIds: ["sg-1"], Subnets: ["subnet-1"] });
  assert.is(a.HyperParameters, undefined);
  assert.is((a.Environment as Record<string, string>).SM_INIT_SCRIPT, undefined);
});

t("dependency folders are uploaded recursively beside the notebook", () => {
  const e = evaluatePipeline(Options, { sourceDir: dir });
  const folder = (e.definition as unknown as { Steps: Step[] }).Steps[0]!.Arguments.InputDataConfig[0]!.DataSource.S3DataSource.S3Uri;
  assert.equal(e.assets.map((x) => x.s3Uri.slice(folder.length + 1)), ["report.ipynb", "data/a.csv", "data/deep/b.csv"]);
});

t("the SDK's named properties point into the training job", () => {
  const [, after] = stepsOf(Options);
  assert.equal(after!.Arguments.Environment, {
    JOB: { Get: "Steps.Report.TrainingJobName" },
    OUT: { Get: "Steps.Report.Environment['SM_OUTPUT_NOTEBOOK_NAME']" },
    IN: { Get: "Steps.Report.InputDataConfig[0].DataSource.S3DataSource.S3Uri" },
  });
  const props = notebookJob({ inputNotebook: "x.ipynb", image, kernelName: "k", role }).properties;
  assert.throws(() => renderValue(props.ComputingJobStatus), /no step method returned/);
});

@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class Staged {
  @NotebookJob() report() {
    return notebookJob({
      inputNotebook: "gone/report.ipynb", initializationScript: "gone/init.sh", image, kernelName: "python3", role,
      notebookJobName: "report-2023-11-14-22-13-20-123", s3RootUri: "s3://b/nb",
      inputLocation: "s3://b/nb/P/Report/input-2023-11-14-22-13-20-123",
    });
  }
}

t("inputLocation: the staged folder is read as is, nothing is uploaded and the files are only named", () => {
  const e = evaluatePipeline(Staged, { sourceDir: dir });
  const a = (e.definition as unknown as { Steps: Step[] }).Steps[0]!.Arguments;
  assert.is(a.InputDataConfig[0]!.DataSource.S3DataSource.S3Uri, "s3://b/nb/P/Report/input-2023-11-14-22-13-20-123");
  assert.equal(e.assets, []);
  const env = a.Environment as Record<string, string>;
  assert.is(env.SM_INPUT_NOTEBOOK_NAME, "report.ipynb");
  assert.is(env.SM_INIT_SCRIPT, "init.sh");
  assert.is(env.SM_OUTPUT_NOTEBOOK_NAME, "report-2023-11-14-22-13-20-123.ipynb");
  const bad = notebookJob({ inputNotebook: "x.ipynb", image, kernelName: "k", role, inputLocation: "b/nb", additionalDependencies: ["nb/data"] });
  @Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
  class BadStaged {
    @NotebookJob() report() {
      return bad;
    }
  }
  assert.throws(() => evaluatePipeline(BadStaged, { sourceDir: dir }), (err: Error) =>
    err.message.includes("inputLocation 'b/nb' is not an s3:// URI") && err.message.includes("additionalDependencies are uploaded") && !err.message.includes("is not a file"));
});

t("every problem is reported at once: name, files, region, kernel", () => {
  assert.throws(() => evaluatePipeline(Bad, { sourceDir: dir }), (e: Error) =>
    ["notebookJobName '1-bad name'", "inputNotebook 'nb/missing.ipynb' is not a file", "initializationScript 'nb/init.sh'", "additional dependency 'nb/nothing'", "not in the pipeline's region us-east-1", "kernelName is empty"]
      .every((m) => e.message.includes(m)));
});

t.run();
