// codeLocation "job" (the SDK's plain Session): an edited code file gets a new S3 key, so a
// rebuild changes the definition and deploy uploads the new code instead of reporting "no
// change"; and deploy replaces an object whose recorded sha256 is not the asset's.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deploy, formatDeployReport, loadBuildOutput } from "@sagepipe/aws";
import { installFakeSageMaker, mockAws, sent } from "@sagepipe/aws/testing";
import { buildPipelines } from "@sagepipe/compiler";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { tempProject } from "../support/temp-project.ts";

const ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
const SOURCE = `import { Pipeline, Processing, sklearnProcessor } from "@sagepipe/core";
@Pipeline({ name: "JobCode", region: "us-east-1", bucket: "my-bucket", codeLocation: "job" })
export class JobCode {
  @Processing({ name: "Prep" })
  prep() {
    return sklearnProcessor({ frameworkVersion: "1.2-1", role: "${ROLE}", instanceType: "ml.m5.xlarge", instanceCount: 1, baseJobName: "sklearn-prep" })
      .run({ outputs: { out: "/opt/ml/processing/out" }, code: "code/prep.py" });
  }
}
`;

const t = suite("build: codeLocation job");
const project = tempProject("job-code", { "pipeline.ts": SOURCE, "code/prep.py": "print('one')\n" });
t.after(() => project.remove());

async function buildInto(out: string) {
  const result = await buildPipelines(project.path("pipeline.ts"), { outDir: project.path(out), cacheDir: false });
  assert.ok(result.ok, JSON.stringify(result.diagnostics));
  return loadBuildOutput(project.path(`${out}/JobCode.json`));
}

t("an edited file gets a new key of the SDK's form, and deploy uploads it", async () => {
  const first = await buildInto("out1");
  writeFileSync(project.path("code/prep.py"), "print('two')\n");
  const second = await buildInto("out2");
  const form = /^s3:\/\/my-bucket\/sklearn-prep-[0-9a-f]{12}\/input\/code\/prep\.py$/;
  assert.match(first.assets[0]!.s3Uri, form);
  assert.match(second.assets[0]!.s3Uri, form);
  assert.is.not(second.assets[0]!.s3Uri, first.assets[0]!.s3Uri, "the key changes with the content");
  assert.ok(second.definitionJson.includes(second.assets[0]!.s3Uri), "the definition names the new key");

  const aws = mockAws();
  const state = installFakeSageMaker(aws);
  const r1 = await deploy(first, { clients: aws.clients, roleArn: ROLE });
  assert.equal(r1.assets.map((a) => a.status), ["uploaded"]);
  const r2 = await deploy(second, { clients: aws.clients, roleArn: ROLE });
  assert.equal(r2.assets.map((a) => a.status), ["uploaded"]);
  assert.match(formatDeployReport(r2)[0]!, /JobCode: updated/);
  const key = second.assets[0]!.s3Uri.replace("s3://", "");
  assert.is(state.objects.get(key), "print('two')\n");
});

t("an unchanged rebuild keeps its key and deploys nothing", async () => {
  const a = await buildInto("out3");
  const b = await buildInto("out4");
  assert.is(a.assets[0]!.s3Uri, b.assets[0]!.s3Uri);
  const aws = mockAws();
  installFakeSageMaker(aws);
  await deploy(a, { clients: aws.clients, roleArn: ROLE });
  const report = await deploy(b, { clients: aws.clients, roleArn: ROLE });
  assert.equal(report.assets.map((x) => x.status), ["present"]);
  assert.match(formatDeployReport(report)[0]!, /no change/);
});

t("an object at the key that records other bytes is replaced (a dry run says so)", async () => {
  const build = await buildInto("out5");
  const asset = build.assets[0]!;
  const key = asset.s3Uri.replace("s3://", "");
  const aws = mockAws();
  const state = installFakeSageMaker(aws);
  state.objects.set(key, "stale\n");
  state.metadata.set(key, { sha256: "0".repeat(64) });
  const dry = await deploy(build, { clients: aws.clients, roleArn: ROLE, dryRun: true });
  assert.equal(dry.assets.map((x) => x.status), ["changed"]);
  assert.ok(formatDeployReport(dry).some((l) => l.includes("1 changed, to upload")));
  const report = await deploy(build, { clients: aws.clients, roleArn: ROLE });
  assert.equal(report.assets.map((x) => x.status), ["uploaded"]);
  assert.is.not(state.objects.get(key), "stale\n");
  const put = sent(aws.s3).filter((c) => c.op === "PutObject").map((c) => c.input as { Key: string; Metadata: { sha256: string } });
  assert.equal(put.map((p) => [p.Key, p.Metadata.sha256]), [[key.slice("my-bucket/".length), asset.sha256]]);
});

t.run();
