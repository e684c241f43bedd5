// Build once, deploy later: `sagepipe build` records the @Pipeline deploy settings (role,
// description, display name, tags, parallelism, region) and the Lambda functions the pipeline
// defines; `sagepipe deploy --definition` uses them with no flags, creates or updates the
// functions before the pipeline, and refuses a build made for another region. AWS is stubbed.
import { readFileSync } from "node:fs";
import { installFakeLambda, installFakeSageMaker, mockAws, ops, sent } from "@sagepipe/aws/testing";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { captureIO } from "../../packages/cli/src/aws/capture-io.ts";
import type { CompilerApi } from "../../packages/cli/src/aws/load-builds.ts";
import { deployCommand } from "../../packages/cli/src/commands/deploy.ts";
import { tempProject } from "../support/temp-project.ts";
import { sagepipe } from "./memory-io.ts";

const t = suite("deploy --definition with the build's settings");
const project = tempProject("deploy-settings");
const pipeline = (region: string) => `import { Lambda, Pipeline, lambdaFunction } from "@sagepipe/core";
@Pipeline({
  name: "Scored", region: "${region}", bucket: "my-bucket",
  roleArn: "arn:aws:iam::123456789012:role/PipelineRole", description: "scores things", displayName: "Scored-pipeline",
  tags: { team: "ml" }, maxParallelExecutionSteps: 4,
})
export class Scored {
  @Lambda() check() {
    return lambdaFunction({
      functionName: "score-check", script: "check.py", handler: "check.handler",
      executionRoleArn: "arn:aws:iam::123456789012:role/LambdaRole", timeout: 30,
    }).invoke({ inputs: { x: 1 }, outputs: { ok: "Boolean" } });
  }
}
`;
project.write({ "pipeline.ts": pipeline("us-east-1"), "west.ts": pipeline("eu-west-1").replace('name: "Scored"', 'name: "West"'), "check.py": "def handler(event, context):\n    return {'ok': True}\n" });
const FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:score-check";
/** The message of the error a deploy stops with (the CLI prints it and exits 1). */
async function failure(run: Promise<number>): Promise<string> {
  try {
    await run;
  } catch (e) {
    return (e as Error).message;
  }
  return assert.unreachable("the deploy should stop") as never;
}
const noCompiler: CompilerApi = { buildPipelines: async () => assert.unreachable("the compiler should not run") as never, formatDiagnostics: () => "" };

t("the build holds the function's ARN and records the settings and the function in the manifest", async () => {
  const built = await sagepipe(["build", "pipeline.ts", "--out", "out"], project.dir);
  assert.is(built.code, 0, built.stderr);
  const definition = JSON.parse(readFileSync(project.path("out/Scored.json"), "utf8")) as { Steps: { FunctionArn: string }[] };
  assert.is(definition.Steps[0]!.FunctionArn, FUNCTION_ARN);
  const manifest = JSON.parse(readFileSync(project.path("out/Scored.assets.json"), "utf8")) as { deploy: Record<string, unknown> & { lambdaFunctions: Record<string, unknown>[] } };
  assert.equal({ ...manifest.deploy, lambdaFunctions: undefined }, {
    region: "us-east-1", roleArn: "arn:aws:iam::123456789012:role/PipelineRole", description: "scores things", displayName: "Scored-pipeline",
    tags: { team: "ml" }, maxParallelExecutionSteps: 4, lambdaFunctions: undefined,
  });
  const fn = manifest.deploy.lambdaFunctions[0]!;
  assert.equal({ ...fn, zipFile: undefined, sha256: undefined, bytes: undefined }, {
    FunctionName: "score-check", FunctionArn: FUNCTION_ARN, Runtime: "python3.12", Handler: "check.handler",
    Role: "arn:aws:iam::123456789012:role/LambdaRole", Timeout: 30, MemorySize: 128, zipFile: undefined, sha256: undefined, bytes: undefined,
  });
  const zip = readFileSync(project.path(`out/${fn.zipFile as string}`));
  assert.is(zip.subarray(0, 4).toString("latin1"), "PK\u0003\u0004");
  assert.ok(zip.includes(Buffer.from("check.py")), "the zip holds the script under its file name");
});

t("deploy --definition with no flags: the function first, then CreatePipeline with the build's settings", async () => {
  const aws = mockAws();
  const state = installFakeSageMaker(aws);
  installFakeLambda(aws);
  const io = captureIO({ cwd: project.dir });
  const code = await deployCommand({ connect: () => aws.clients, compiler: noCompiler }).run(["--definition", "out/Scored.json"], io);
  assert.is(code, 0, io.errText());
  const created = sent(aws.lambda)[0]!.input as { FunctionName: string; Role: string; Handler: string; Code: { ZipFile: Uint8Array } };
  assert.equal([created.FunctionName, created.Handler, created.Role], ["score-check", "check.handler", "arn:aws:iam::123456789012:role/LambdaRole"]);
  const manifest = JSON.parse(readFileSync(project.path("out/Scored.assets.json"), "utf8")) as { deploy: { lambdaFunctions: { zipFile: string }[] } };
  assert.equal(Buffer.from(created.Code.ZipFile), readFileSync(project.path(`out/${manifest.deploy.lambdaFunctions[0]!.zipFile}`)));
  const request = sent(aws.sagemaker).find((c) => c.op === "CreatePipeline")!.input;
  assert.equal(
    [request.RoleArn, request.PipelineDescription, request.PipelineDisplayName, request.Tags, request.ParallelismConfiguration],
    ["arn:aws:iam::123456789012:role/PipelineRole", "scores things", "Scored-pipeline", [{ Key: "team", Value: "ml" }], { MaxParallelExecutionSteps: 4 }],
  );
  assert.is(state.pipelines.get("Scored")?.roleArn, "arn:aws:iam::123456789012:role/PipelineRole");
  assert.match(io.outText(), `lambda: created score-check (${FUNCTION_ARN})`);
});

t("an existing function gets its code updated (UpdateFunctionCode), as the SDK's upsert does", async () => {
  const aws = mockAws();
  installFakeSageMaker(aws);
  installFakeLambda(aws, { existing: ["score-check"] });
  const io = captureIO({ cwd: project.dir });
  assert.is(await deployCommand({ connect: () => aws.clients, compiler: noCompiler }).run(["--definition", "out/Scored.json"], io), 0, io.errText());
  assert.equal(ops(aws.lambda), ["CreateFunction", "UpdateFunctionCode"]);
  assert.is((sent(aws.lambda)[1]!.input as { FunctionName: string }).FunctionName, "score-check");
  assert.match(io.outText(), "lambda: updated the code of score-check");
});

t("a build for one region is not deployed to another, and nothing is called but the region lookup", async () => {
  const built = await sagepipe(["build", "west.ts", "--out", "out-west"], project.dir);
  assert.is(built.code, 0, built.stderr);
  const aws = mockAws("us-east-1");
  installFakeSageMaker(aws);
  const io = captureIO({ cwd: project.dir });
  const message = await failure(deployCommand({ connect: () => aws.clients, compiler: noCompiler }).run(["--definition", "out-west/West.json"], io));
  assert.match(message, "it was built for eu-west-1, and this deploy goes to us-east-1");
  assert.match(message, "--region eu-west-1");
  assert.equal(ops(aws.lambda), []);
  assert.equal(ops(aws.sagemaker).filter((o) => o !== "DescribePipeline" && o !== "ListTags"), []);
});

t("a function Lambda names differently (another account than its role's) stops the deploy before the pipeline", async () => {
  const aws = mockAws();
  installFakeSageMaker(aws);
  installFakeLambda(aws, { account: "999999999999" });
  const io = captureIO({ cwd: project.dir });
  const message = await failure(deployCommand({ connect: () => aws.clients, compiler: noCompiler }).run(["--definition", "out/Scored.json"], io));
  assert.match(message, `the definition refers to ${FUNCTION_ARN}`);
  assert.not.ok(ops(aws.sagemaker).includes("CreatePipeline"));
});

t.after(() => project.remove());
t.run();
