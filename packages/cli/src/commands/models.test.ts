import { mockAws, ops, sagemakerSdk as sdk, sent } from "@sagepipe/aws/testing";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { captureIO } from "../aws/capture-io.ts";
import type { AwsCommandDeps } from "../aws/command-deps.ts";
import { main } from "../main.ts";
import { approveCommand } from "./approve.ts";
import { modelsCommand } from "./models.ts";
import { rejectCommand } from "./reject.ts";

const t = suite("sagepipe models / approve / reject");
const PKG = "arn:aws:sagemaker:us-east-1:123456789012:model-package/abalone/3";

function stubbed() {
  const aws = mockAws();
  const deps: AwsCommandDeps = {
    connect: () => aws.clients,
    compiler: { buildPipelines: async () => assert.unreachable() as never, formatDiagnostics: () => "" },
  };
  return { aws, deps };
}

t("models lists the group's packages with approval status and metrics link", async () => {
  const { aws, deps } = stubbed();
  aws.sagemaker.on(sdk.ListModelPackagesCommand).resolves({
    ModelPackageSummaryList: [{ ModelPackageArn: PKG, ModelPackageVersion: 3, ModelPackageStatus: "Completed", ModelApprovalStatus: "PendingManualApproval", CreationTime: new Date(0) }],
  });
  aws.sagemaker.on(sdk.DescribeModelPackageCommand).resolves({
    ModelMetrics: { ModelQuality: { Statistics: { ContentType: "application/json", S3Uri: "s3://my-bucket/eval/evaluation.json" } } },
  });
  const io = captureIO({ cwd: "/" });
  assert.equal(await modelsCommand(deps).run(["abalone", "--limit", "5"], io), 0);
  assert.equal(io.outText().split("\n"), [
    "VERSION STATUS    APPROVAL              METRICS / ARN",
    "3       Completed PendingManualApproval s3://my-bucket/eval/evaluation.json",
    `                                        ${PKG}`,
  ]);
  assert.equal(sent(aws.sagemaker)[0]?.input.MaxResults, 5);
});

t("approve and reject set the approval status and say so", async () => {
  const { aws, deps } = stubbed();
  aws.sagemaker.on(sdk.UpdateModelPackageCommand).resolves({ ModelPackageArn: PKG });
  const io = captureIO({ cwd: "/" });
  assert.equal(await approveCommand(deps).run([PKG, "--description", "MSE ok"], io), 0);
  assert.equal(await rejectCommand(deps).run([PKG], io), 0);
  assert.equal(io.outText(), `${PKG}: Approved\n${PKG}: Rejected`);
  assert.equal(sent(aws.sagemaker).map((c) => c.input), [
    { ModelPackageArn: PKG, ModelApprovalStatus: "Approved", ApprovalDescription: "MSE ok" },
    { ModelPackageArn: PKG, ModelApprovalStatus: "Rejected" },
  ]);
});

t("a missing permission is one line naming the IAM action (exit 1)", async () => {
  const { aws, deps } = stubbed();
  aws.sagemaker.on(sdk.UpdateModelPackageCommand).rejects(Object.assign(new Error("not authorized"), { name: "AccessDeniedException", $metadata: { httpStatusCode: 403 } }));
  try {
    await approveCommand(deps).run([PKG], captureIO({ cwd: "/" }));
    assert.unreachable();
  } catch (e) {
    assert.equal((e as Error).message, `UpdateModelPackage (${PKG}): access denied (not authorized). Grant the caller sagemaker:UpdateModelPackage, or use other credentials (--profile).`);
    assert.equal((e as { exitCode?: number }).exitCode, 1);
  }
  assert.equal(ops(aws.sagemaker), ["UpdateModelPackage"]);
});

t("usage mistakes exit 2; --help prints the usage", async () => {
  const io = captureIO({ cwd: "/" });
  assert.equal(await main(["models"], io), 2);
  assert.match(io.errText(), "sagepipe models: expected one model package group, got nothing.");
  const help = captureIO({ cwd: "/" });
  assert.equal(await main(["approve", "--help"], help), 0);
  assert.match(help.outText(), "usage: sagepipe approve <model-package-arn>");
  assert.match(help.outText(), "--endpoint-url <url>");
});

t.run();
