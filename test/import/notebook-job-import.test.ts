// Notebook jobs import as `notebookJob({...})` with every option the helper has: a definition
// sagepipe built from local notebook files imports with no step kept verbatim, keeps the staged
// input folder as `inputLocation` (the files are not in the definition) and builds back equal.
// References to the SDK's named properties are `.properties.ComputingJobName`, ...; a reference
// to any other property of the job keeps that notebook job verbatim, as notebookJob() exposes
// nothing else.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { builtDefinition } from "./built-round-trip.ts";
import { assertClean, roundTrip } from "./round-trip.ts";

const SOURCE = `
import { NotebookJob, Pipeline, Processing, param, processor, notebookJob } from "@sagepipe/core";

const image = "885854791233.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-distribution-prod:1-cpu";
const role = "arn:aws:iam::123456789012:role/Notebooks";

@Pipeline({ name: "notebooks", region: "eu-west-1", bucket: "my-bucket" })
export class NotebooksPipeline {
  kind = param.string("Kind", "daily");

  @NotebookJob({ name: "Report" })
  report() {
    return notebookJob({
      inputNotebook: "nb/report.ipynb", image, kernelName: "python3", role,
      notebookJobName: "daily_report",
      parameters: { kind: this.kind, fixed: "yes" },
      env: { STAGE: "prod", KIND: this.kind },
      initializationScript: "nb/init.sh",
      additionalDependencies: ["nb/data"],
      s3KmsKey: "alias/s3", volumeKmsKey: "alias/volume", encryptInterContainerTraffic: false,
      securityGroupIds: ["sg-1"], subnets: ["subnet-1", "subnet-2"],
      instanceType: "ml.c5.xlarge", volumeSizeInGB: 40, maxRetryAttempts: 3, maxRuntimeInSeconds: 600,
      tags: { team: "ml" },
    });
  }

  @NotebookJob({ name: "Plain" })
  plain() {
    return notebookJob({ inputNotebook: "nb/report.ipynb", image, kernelName: "python3", role, s3RootUri: "s3://other-bucket/jobs/" });
  }

  @Processing({ name: "After" })
  after() {
    const nb = this.report().properties;
    return processor({
      role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1,
      env: { JOB: nb.ComputingJobName, STATUS: nb.ComputingJobStatus, IN: nb.NotebookJobInputLocation, OUT: nb.NotebookJobOutputLocationPrefix, NAME: nb.InputNotebookName, RESULT: nb.OutputNotebookName },
    }).run({});
  }
}
`;

const FILES = { "nb/report.ipynb": "{}\n", "nb/init.sh": "echo hi\n", "nb/data/a.csv": "a\n" };

const t = suite("sagepipe import: notebook jobs");

t("every option of notebookJob() and its named properties round-trip", async () => {
  const text = await builtDefinition(SOURCE, "notebooks", FILES);
  const r = await roundTrip(text, "notebooks.json");
  assertClean(r);
  const staged = /"s3:\/\/my-bucket\/notebooks\/Report\/input-[0-9a-f]{64}"/.exec(text)?.[0];
  assert.ok(staged, text);
  assert.match(r.source, `inputLocation: ${staged}`);
  assert.match(r.source, `notebookJobName: "daily-report"`);
  assert.match(r.source, `initializationScript: "init.sh"`);
  assert.match(r.source, `parameters: { kind: this.kind, fixed: "yes" }`);
  assert.match(r.source, `s3RootUri: "s3://other-bucket/jobs"`);
  assert.match(r.source, "JOB: this.report().properties.ComputingJobName");
  assert.match(r.source, "RESULT: this.report().properties.OutputNotebookName");
  assert.not.match(r.source, "verbatimStep");
});

t("a reference to another property of the job keeps that notebook job verbatim, and it still round-trips", async () => {
  const built = JSON.parse(await builtDefinition(SOURCE, "notebooks", FILES)) as { Steps: { Name: string; Arguments: { Environment: Record<string, unknown> } }[] };
  built.Steps.find((s) => s.Name === "After")!.Arguments.Environment.TYPE = { Get: "Steps.Report.ResourceConfig.InstanceType" };
  const r = await roundTrip(JSON.stringify(built, null, 2), "notebooks.json");
  if (!r.imported) return assert.unreachable(r.error);
  assert.is(r.warnings.length, 1);
  assert.match(r.warnings[0]!, /step Report is kept verbatim \(verbatimStep\("Training", \.\.\.\)\): \/Steps\/2\/Arguments\/Environment\/TYPE reads its ResourceConfig\.InstanceType, and notebookJob\(\) exposes only the SDK's named properties/);
  assert.match(r.source, "TYPE: this.report().properties.ResourceConfig.InstanceType");
  assert.match(r.source, "plain() {\n    return notebookJob(");
  assert.is(r.checkCode, 0, r.checkOutput);
  assert.is(r.buildCode, 0, r.buildOutput);
  assert.equal(r.unexpected, [], r.source);
});

t.run();
