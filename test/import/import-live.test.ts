// `sagepipe import --pipeline <name> [--version N]`: the definition of a deployed pipeline,
// read through DescribePipeline with the stubbed in-process SageMaker and S3 of
// @sagepipe/aws/testing (nothing leaves the process), becomes the same class as the file would.
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AwsClientOptions } from "@sagepipe/aws";
import { installFakeSageMaker, mockAws, ops, sagemakerSdk, sent } from "@sagepipe/aws/testing";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { captureIO } from "../../packages/cli/src/aws/capture-io.ts";
import { importCommandFor } from "../../packages/cli/src/commands/import.ts";
import { SHARED } from "../conformance/harness.ts";

const ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
const golden = (name: string) => readFileSync(join(SHARED, "goldens", `${name}.json`), "utf8");

const t = suite("sagepipe import --pipeline");
let dir = "";
t.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), "sagepipe-import-live-"));
});
t.after.each(() => rmSync(dir, { recursive: true, force: true }));

/** Stubbed AWS with two pipelines: one created from text and updated (version 2), one created from an S3 location. */
async function deployed() {
  const aws = mockAws();
  const state = installFakeSageMaker(aws);
  const connections: AwsClientOptions[] = [];
  await aws.clients.sagemaker.send(new sagemakerSdk.CreatePipelineCommand({ PipelineName: "Reports", PipelineDefinition: golden("fail_step"), RoleArn: ROLE }));
  await aws.clients.sagemaker.send(new sagemakerSdk.UpdatePipelineCommand({ PipelineName: "Reports", PipelineDefinition: golden("json_get") }));
  state.objects.set("my-bucket/definitions/conditions.json", golden("conditions"));
  await aws.clients.sagemaker.send(new sagemakerSdk.CreatePipelineCommand({
    PipelineName: "FromS3", PipelineDefinitionS3Location: { Bucket: "my-bucket", ObjectKey: "definitions/conditions.json" }, RoleArn: ROLE,
  }));
  aws.sagemaker.resetHistory();
  const command = importCommandFor((o) => (connections.push(o), aws.clients));
  return { aws, command, connections };
}

/** What `sagepipe import <file>` writes for the same text, to compare with. */
async function fromFile(text: string, name: string): Promise<string> {
  const { writeFileSync } = await import("node:fs");
  writeFileSync(join(dir, "definition.json"), text);
  const io = captureIO({ cwd: dir });
  assert.is(await importCommandFor(() => assert.unreachable("no AWS call") as never).run(["definition.json", "--name", name, "--out", "-"], io), 0, io.errText());
  return io.outText();
}

t("reads the latest definition through DescribePipeline and writes the class the file would give", async () => {
  const { aws, command, connections } = await deployed();
  const io = captureIO({ cwd: dir });
  assert.is(await command.run(["--pipeline", "Reports", "--region", "us-east-1", "--endpoint-url", "http://localhost:4566"], io), 0, io.errText());
  assert.equal(sent(aws.sagemaker), [{ op: "DescribePipeline", input: { PipelineName: "Reports" } }]);
  assert.is(connections[0]?.region, "us-east-1");
  assert.is(connections[0]?.endpointUrl, "http://localhost:4566");
  assert.match(io.outText(), "imported Reports -> pipeline.ts (class ReportsPipeline); build it with: sagepipe build pipeline.ts");
  const source = readFileSync(join(dir, "pipeline.ts"), "utf8");
  assert.match(source, "// Imported by `sagepipe import` from pipeline Reports.");
  assert.match(source, `@Pipeline({ name: "Reports"`);
  assert.match(source, "jsonGet(this.produce().propertyFiles.Report"); // json_get, the update: the latest version
  const expected = (await fromFile(golden("json_get"), "Reports")).replace("from definition.json.", "from pipeline Reports.");
  assert.is(source.trimEnd(), expected);
});

t("--version N reads that version (PipelineVersionId)", async () => {
  const { aws, command } = await deployed();
  const io = captureIO({ cwd: dir });
  assert.is(await command.run(["--pipeline", "Reports", "--version", "1", "--out", "-"], io), 0, io.errText());
  assert.equal(sent(aws.sagemaker), [{ op: "DescribePipeline", input: { PipelineName: "Reports", PipelineVersionId: 1 } }]);
  assert.match(io.outText(), "// Imported by `sagepipe import` from pipeline Reports version 1.");
  assert.match(io.outText(), "@Fail("); // fail_step, the first version
  assert.not.match(io.outText(), "jsonGet(");
});

t("a definition deployed from S3 (PipelineDefinitionS3Location) is read the same way", async () => {
  const { aws, command } = await deployed();
  const io = captureIO({ cwd: dir });
  assert.is(await command.run(["--pipeline", "FromS3", "--out", "-"], io), 0, io.errText());
  assert.equal(ops(aws.sagemaker), ["DescribePipeline"]);
  assert.equal(ops(aws.s3), [], "DescribePipeline returns the text SageMaker copied in from S3");
  const expected = (await fromFile(golden("conditions"), "FromS3")).replace("from definition.json.", "from pipeline FromS3.");
  assert.is(io.outText(), expected);
});

t("a missing pipeline or version: one clear error, exit 1, nothing written", async () => {
  const { command } = await deployed();
  for (const [args, message] of [
    [["--pipeline", "Nope"], /^DescribePipeline \(pipeline 'Nope'\): not found\. Check the name and the region \(--region\)\.$/],
    [["--pipeline", "Reports", "--version", "7"], /^DescribePipeline \(pipeline 'Reports' version 7\): not found\. Check the name, the version/],
  ] as const) {
    const io = captureIO({ cwd: dir });
    const error = await command.run([...args], io).then(() => undefined, (e: Error & { exitCode?: number }) => e);
    assert.ok(error, "the command fails");
    assert.match(error!.message, message);
    assert.is(error!.exitCode, 1);
    assert.not.ok(existsSync(join(dir, "pipeline.ts")));
  }
});

t("bad usage: a file and --pipeline, --version without --pipeline, a version that is not a number", async () => {
  const { command } = await deployed();
  for (const [args, message] of [
    [["x.json", "--pipeline", "Reports"], "give either a definition file or --pipeline <name>, not both"],
    [["x.json", "--version", "2"], "--version goes with --pipeline <name>"],
    [["x.json", "--region", "eu-west-1"], "--region, --profile and --endpoint-url go with --pipeline <name> or --fetch-code <dir>"],
    [["--pipeline", "Reports", "--version", "two"], "--version must be a pipeline version number (1, 2, ...), not 'two'"],
    [["--pipeline", "Reports", "--version", "0"], "--version must be a pipeline version number"],
  ] as const) {
    const error = await command.run([...args], captureIO({ cwd: dir })).then(() => undefined, (e: Error & { exitCode?: number }) => e);
    assert.ok(error, `${args.join(" ")} fails`);
    assert.match(error!.message, message);
    assert.is(error!.exitCode, 2);
  }
});

t.run();
