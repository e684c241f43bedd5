import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreatePipelineCommand, DescribePipelineCommand, ListTagsCommand, UpdatePipelineCommand } from "@aws-sdk/client-sagemaker";
import { HeadObjectCommand } from "@aws-sdk/client-s3";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { deploy } from "./deploy.ts";
import type { DeployableBuild } from "./deployable.ts";
import { formatDeployReport } from "./format-deploy-report.ts";
import { installFakeSageMaker } from "./testing/fake-sagemaker.ts";
import { awsError, mockAws, ops, sent } from "./testing/mock-aws.ts";

const t = suite("deploy");
let dir = "";
t.before.each(async () => {
  dir = await mkdtemp(join(tmpdir(), "sagepipe-deploy-"));
});
t.after.each(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
const ARN = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/demo";
const definition = {
  Version: "2020-12-01",
  Metadata: {},
  Parameters: [{ Name: "Count", Type: "Integer", DefaultValue: 1 }],
  Steps: [{ Name: "Prep", Type: "Processing", Arguments: { Code: "s3://my-bucket/Demo/code/abc/prep.py" } }],
};

async function asset(name: string, text: string) {
  const localPath = join(dir, name);
  await writeFile(localPath, text);
  const sha256 = createHash("sha256").update(text).digest("hex");
  return { s3Uri: `s3://my-bucket/Demo/code/${sha256}/${name}`, localPath, sha256, bytes: Buffer.byteLength(text) };
}

function build(def: unknown = definition, assets: DeployableBuild["assets"] = []): DeployableBuild {
  return { name: "Demo", definitionJson: JSON.stringify(def, null, 2) + "\n", assets };
}

t("creates a missing pipeline with exactly the requested fields, after uploading its assets", async () => {
  const aws = mockAws();
  aws.sagemaker.on(DescribePipelineCommand).rejects(awsError("ResourceNotFound", "Pipeline does not exist."));
  aws.sagemaker.on(CreatePipelineCommand).resolves({ PipelineArn: ARN });
  aws.s3.on(HeadObjectCommand).rejects(awsError("NotFound", "UnknownError", 404));
  const prep = await asset("prep.py", "print('hi')\n");
  const report = await deploy(build(definition, [prep]), {
    clients: aws.clients, roleArn: ROLE, description: "Demo pipeline", displayName: "Demo-Display",
    tags: { team: "ml" }, maxParallelExecutionSteps: 4,
  });
  assert.equal(ops(aws.sagemaker), ["DescribePipeline", "CreatePipeline"]);
  assert.equal(sent(aws.sagemaker)[1]?.input, {
    PipelineName: "Demo",
    PipelineDisplayName: "Demo-Display",
    PipelineDefinition: JSON.stringify(definition),
    PipelineDescription: "Demo pipeline",
    RoleArn: ROLE,
    Tags: [{ Key: "team", Value: "ml" }],
    ParallelismConfiguration: { MaxParallelExecutionSteps: 4 },
  });
  const puts = sent(aws.s3).filter((c) => c.op === "PutObject");
  assert.equal(puts.length, 1);
  assert.equal(puts[0]?.input.Bucket, "my-bucket");
  assert.equal(puts[0]?.input.Key, `Demo/code/${prep.sha256}/prep.py`);
  assert.equal(puts[0]?.input.Metadata, { sha256: prep.sha256 });
  assert.equal(String(puts[0]?.input.Body), "print('hi')\n");
  assert.equal(report.action, "create");
  assert.equal(report.pipelineArn, ARN);
  assert.equal(formatDeployReport(report), [
    `Demo: created the pipeline (${ARN})`,
    "  assets: 1 uploaded",
    `    uploaded ${prep.localPath} -> ${prep.s3Uri} (12 B)`,
    `  definition: ${JSON.stringify(definition).length} B inline`,
    "  tags: set team=ml",
  ]);
});

t("updates only the fields that changed, and leaves role and tags alone when they match", async () => {
  const aws = mockAws();
  const old = { ...definition, Parameters: [{ Name: "Count", Type: "Integer", DefaultValue: 2 }] };
  aws.sagemaker.on(DescribePipelineCommand).resolves({
    PipelineArn: ARN, PipelineName: "Demo", PipelineDefinition: JSON.stringify(old), RoleArn: ROLE, PipelineDescription: "old",
  });
  aws.sagemaker.on(ListTagsCommand).resolves({ Tags: [{ Key: "team", Value: "ml" }] });
  aws.sagemaker.on(UpdatePipelineCommand).resolves({ PipelineArn: ARN });
  const report = await deploy(build(), { clients: aws.clients, roleArn: ROLE, description: "new", tags: { team: "ml" } });
  assert.equal(ops(aws.sagemaker), ["DescribePipeline", "ListTags", "UpdatePipeline"]);
  assert.equal(sent(aws.sagemaker)[2]?.input, {
    PipelineName: "Demo", PipelineDefinition: JSON.stringify(definition), PipelineDescription: "new",
  });
  assert.equal(report.changedFields, ["definition", "description"]);
  assert.equal(formatDeployReport(report)[0], `Demo: updated definition, description (${ARN})`);
});

t("an update of settings alone does not resend the definition", async () => {
  const aws = mockAws();
  aws.sagemaker.on(DescribePipelineCommand).resolves({ PipelineArn: ARN, PipelineDefinition: JSON.stringify(definition), RoleArn: ROLE });
  aws.sagemaker.on(UpdatePipelineCommand).resolves({ PipelineArn: ARN });
  const other = "arn:aws:iam::123456789012:role/Other";
  await deploy(build(), { clients: aws.clients, roleArn: other, maxParallelExecutionSteps: 2 });
  assert.equal(sent(aws.sagemaker)[1]?.input, {
    PipelineName: "Demo", RoleArn: other, ParallelismConfiguration: { MaxParallelExecutionSteps: 2 },
  });
});

t("deploying the same build twice changes nothing the second time and says so", async () => {
  const aws = mockAws();
  const state = installFakeSageMaker(aws);
  const prep = await asset("prep.py", "print('hi')\n");
  const options = { clients: aws.clients, roleArn: ROLE, description: "d", tags: { team: "ml" } };
  const first = await deploy(build(definition, [prep]), options);
  assert.equal(first.action, "create");
  aws.sagemaker.resetHistory();
  aws.s3.resetHistory();
  const second = await deploy(build(definition, [prep]), options);
  assert.equal(second.action, "none");
  assert.equal(ops(aws.sagemaker), ["DescribePipeline", "ListTags"]);
  assert.equal(ops(aws.s3), ["HeadObject"]);
  assert.equal(formatDeployReport(second), [
    "Demo: no change (definition and settings match the live pipeline)",
    "  assets: 1 already in S3",
  ]);
  assert.equal(state.pipelines.size, 1);
});

t("the live definition is compared as JSON: key order and spacing do not count as changes", async () => {
  const aws = mockAws();
  const reordered = { Steps: definition.Steps, Parameters: definition.Parameters, Metadata: {}, Version: "2020-12-01" };
  aws.sagemaker.on(DescribePipelineCommand).resolves({ PipelineArn: ARN, PipelineDefinition: JSON.stringify(reordered, null, 4), RoleArn: ROLE });
  const report = await deploy(build(), { clients: aws.clients, roleArn: ROLE });
  assert.equal(report.action, "none");
  assert.equal(ops(aws.sagemaker), ["DescribePipeline"]);
});

t("a 2 MB definition goes through S3 at a content-hash key in the assets' bucket", async () => {
  const aws = mockAws();
  const state = installFakeSageMaker(aws);
  const prep = await asset("prep.py", "x = 1\n");
  const big = { ...definition, Metadata: { padding: "x".repeat(2 * 1024 * 1024) } };
  const report = await deploy(build(big, [prep]), { clients: aws.clients, roleArn: ROLE });
  const body = JSON.stringify(big);
  const key = `Demo/definition/${createHash("sha256").update(body).digest("hex")}.json`;
  const create = sent(aws.sagemaker).find((c) => c.op === "CreatePipeline");
  assert.equal(create?.input.PipelineDefinitionS3Location, { Bucket: "my-bucket", ObjectKey: key });
  assert.not.ok("PipelineDefinition" in (create?.input ?? {}));
  assert.equal(state.objects.get(`my-bucket/${key}`), body);
  assert.equal(report.definition, { placement: "s3", bytes: body.length, s3Uri: `s3://my-bucket/${key}` });
  assert.match(formatDeployReport(report).join("\n"), `definition: 2.0 MB, over the 1 MB inline limit; sent through s3://my-bucket/${key}`);
  aws.sagemaker.resetHistory();
  const again = await deploy(build(big, [prep]), { clients: aws.clients, roleArn: ROLE });
  assert.equal(again.action, "none");
});

t("--bucket wins for a large definition; without any bucket the error says to pass one", async () => {
  const aws = mockAws();
  installFakeSageMaker(aws);
  const big = { Version: "2020-12-01", Metadata: { padding: "y".repeat(1_100_000) }, Parameters: [], Steps: [] };
  const report = await deploy(build(big), { clients: aws.clients, roleArn: ROLE, definitionBucket: "defs" });
  assert.match(report.definition?.s3Uri ?? "", /^s3:\/\/defs\/Demo\/definition\/[0-9a-f]{64}\.json$/);
  const fresh = mockAws();
  installFakeSageMaker(fresh);
  try {
    await deploy(build(big), { clients: fresh.clients, roleArn: ROLE });
    assert.unreachable("should have failed");
  } catch (e) {
    assert.match((e as Error).message, "over CreatePipeline's 1.0 MB inline limit");
    assert.match((e as Error).message, "Pass --bucket <name>");
  }
  assert.equal(ops(fresh.sagemaker), ["DescribePipeline"]);
  assert.equal(ops(fresh.s3), []);
});

t("assets already in S3 are skipped; only missing ones are uploaded", async () => {
  const aws = mockAws();
  const state = installFakeSageMaker(aws);
  const a = await asset("a.py", "a\n");
  const b = await asset("b.py", "b\n");
  state.objects.set(`my-bucket/Demo/code/${a.sha256}/a.py`, "a\n");
  const report = await deploy(build(definition, [a, b]), { clients: aws.clients, roleArn: ROLE });
  assert.equal(report.assets.map((x) => x.status), ["present", "uploaded"]);
  assert.equal(sent(aws.s3).filter((c) => c.op === "PutObject").map((c) => c.input.Key), [`Demo/code/${b.sha256}/b.py`]);
});

t("--dry-run looks but changes nothing", async () => {
  const aws = mockAws();
  const state = installFakeSageMaker(aws);
  const prep = await asset("prep.py", "p\n");
  const report = await deploy(build(definition, [prep]), { clients: aws.clients, roleArn: ROLE, dryRun: true, tags: { a: "b" } });
  assert.equal(ops(aws.sagemaker), ["DescribePipeline"]);
  assert.equal(ops(aws.s3), ["HeadObject"]);
  assert.equal(state.pipelines.size, 0);
  assert.equal(formatDeployReport(report), [
    "Demo: would create the pipeline",
    "  assets: 1 to upload",
    `    would upload ${prep.localPath} -> ${prep.s3Uri} (2 B)`,
    `  definition: ${JSON.stringify(definition).length} B inline`,
    "  tags: would set a=b",
  ]);
});

t("new or changed tags are added with AddTags; tags not asked for are kept", async () => {
  const aws = mockAws();
  const state = installFakeSageMaker(aws);
  await deploy(build(), { clients: aws.clients, roleArn: ROLE, tags: { team: "ml", keep: "me" } });
  aws.sagemaker.resetHistory();
  const report = await deploy(build(), { clients: aws.clients, roleArn: ROLE, tags: { team: "ai" } });
  assert.equal(ops(aws.sagemaker), ["DescribePipeline", "ListTags", "AddTags"]);
  assert.equal(sent(aws.sagemaker)[2]?.input, { ResourceArn: ARN, Tags: [{ Key: "team", Value: "ai" }] });
  assert.equal(state.pipelines.get("Demo")?.tags, { team: "ai", keep: "me" });
  assert.equal(formatDeployReport(report), ["Demo: pipeline unchanged; set tags only", "  tags: set team=ai"]);
});

t("settings carried by the build are used unless the options override them", async () => {
  const aws = mockAws();
  const state = installFakeSageMaker(aws);
  const fromBuild = { ...build(), roleArn: ROLE, description: "from build", displayName: "Build-Name", tags: { a: "1" }, maxParallelExecutionSteps: 2 };
  await deploy(fromBuild, { clients: aws.clients, description: "from options", tags: { b: "2" } });
  const stored = state.pipelines.get("Demo");
  assert.equal([stored?.roleArn, stored?.description, stored?.displayName, stored?.parallelism], [ROLE, "from options", "Build-Name", 2]);
  assert.equal(stored?.tags, { a: "1", b: "2" });
});

t("all problems are reported before any change: no role to create, bad tag, bad parallelism", async () => {
  const aws = mockAws();
  installFakeSageMaker(aws);
  try {
    await deploy(build(), { clients: aws.clients, tags: { "aws:x": "1" }, maxParallelExecutionSteps: 0 });
    assert.unreachable("should have failed");
  } catch (e) {
    const message = (e as Error).message;
    assert.match(message, "cannot deploy Demo:");
    assert.match(message, "pass --role-arn <arn>");
    assert.match(message, "tag 'aws:x': the aws: prefix is reserved");
    assert.match(message, "max parallel steps: 0");
    assert.equal((e as { exitCode?: number }).exitCode, 1);
  }
  assert.equal(ops(aws.sagemaker), ["DescribePipeline"]);
});

t("a staged asset that changed since the build stops the deploy before any upload", async () => {
  const aws = mockAws();
  installFakeSageMaker(aws);
  const good = await asset("good.py", "ok\n");
  const stale = await asset("stale.py", "before\n");
  await writeFile(stale.localPath, "after\n");
  try {
    await deploy(build(definition, [good, stale]), { clients: aws.clients, roleArn: ROLE });
    assert.unreachable("should have failed");
  } catch (e) {
    assert.match((e as Error).message, `${stale.localPath}: the file changed since the build`);
    assert.match((e as Error).message, "Rebuild before deploying.");
  }
  assert.equal(ops(aws.s3), []);
  assert.not.ok(ops(aws.sagemaker).includes("CreatePipeline"));
});

t("a refusal from SageMaker is one line naming the operation and what to do", async () => {
  const aws = mockAws();
  aws.sagemaker.on(DescribePipelineCommand).rejects(awsError("ResourceNotFound", "no"));
  aws.sagemaker.on(CreatePipelineCommand).rejects(
    awsError("AccessDeniedException", "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sagemaker:CreatePipeline", 403),
  );
  try {
    await deploy(build(), { clients: aws.clients, roleArn: ROLE });
    assert.unreachable("should have failed");
  } catch (e) {
    assert.equal(
      (e as Error).message,
      "CreatePipeline (pipeline 'Demo'): access denied (User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sagemaker:CreatePipeline). Grant the caller sagemaker:CreatePipeline (and iam:PassRole on the role), or use other credentials (--profile).",
    );
  }
});

t.run();
