import {
  DescribeModelPackageCommand, ListModelPackagesCommand, ListPipelineExecutionsCommand,
  StopPipelineExecutionCommand, UpdateModelPackageCommand,
} from "@aws-sdk/client-sagemaker";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatRuns, listRuns } from "./list-runs.ts";
import { formatModelPackages, listModelPackages, setModelApproval } from "./model-packages.ts";
import { stopExecution } from "./stop-execution.ts";
import { awsError, mockAws, ops, sent } from "./testing/mock-aws.ts";

const t = suite("runs, stop and the model registry");
const PIPE = "arn:aws:sagemaker:us-east-1:123456789012:pipeline/demo";
const PKG = "arn:aws:sagemaker:us-east-1:123456789012:model-package/abalone/";

t("runs are listed newest first, with status, start time and failure reason", async () => {
  const aws = mockAws();
  aws.sagemaker.on(ListPipelineExecutionsCommand).resolves({
    PipelineExecutionSummaries: [
      { PipelineExecutionArn: `${PIPE}/execution/old`, PipelineExecutionStatus: "Failed", StartTime: new Date("2024-01-01T10:00:00Z"), PipelineExecutionFailureReason: "Step X\nfailed" },
      { PipelineExecutionArn: `${PIPE}/execution/new`, PipelineExecutionStatus: "Executing", StartTime: new Date("2024-01-02T08:30:00Z"), PipelineExecutionDisplayName: "nightly" },
    ],
  });
  const runs = await listRuns("Demo", { clients: aws.clients, limit: 5 });
  assert.equal(sent(aws.sagemaker)[0]?.input, { PipelineName: "Demo", SortBy: "CreationTime", SortOrder: "Descending", MaxResults: 5 });
  assert.equal(formatRuns("Demo", runs), [
    "STARTED (UTC)        STATUS    EXECUTION ARN",
    `2024-01-02 08:30:00  Executing ${PIPE}/execution/new  nightly`,
    `2024-01-01 10:00:00  Failed    ${PIPE}/execution/old  failed: Step X failed`,
  ]);
  assert.equal(formatRuns("Demo", []), ["Demo: no runs yet. Start one with `sagepipe start Demo`."]);
});

t("runs follow NextToken up to the limit", async () => {
  const aws = mockAws();
  aws.sagemaker
    .on(ListPipelineExecutionsCommand)
    .resolvesOnce({ PipelineExecutionSummaries: [{ PipelineExecutionArn: "a", StartTime: new Date(2) }], NextToken: "n" })
    .resolvesOnce({ PipelineExecutionSummaries: [{ PipelineExecutionArn: "b", StartTime: new Date(1) }], NextToken: "m" });
  const runs = await listRuns("Demo", { clients: aws.clients, limit: 2 });
  assert.equal(runs.map((r) => r.executionArn), ["a", "b"]);
  assert.equal(ops(aws.sagemaker).length, 2);
  assert.equal(sent(aws.sagemaker)[1]?.input.MaxResults, 1);
});

t("stop sends StopPipelineExecution for the ARN; an unknown ARN is explained", async () => {
  const aws = mockAws();
  aws.sagemaker.on(StopPipelineExecutionCommand).resolvesOnce({}).rejects(awsError("ResourceNotFound", "Execution not found"));
  await stopExecution(`${PIPE}/execution/x`, { clients: aws.clients });
  assert.equal(sent(aws.sagemaker)[0]?.input, { PipelineExecutionArn: `${PIPE}/execution/x` });
  try {
    await stopExecution(`${PIPE}/execution/y`, { clients: aws.clients });
    assert.unreachable();
  } catch (e) {
    assert.match((e as Error).message, "StopPipelineExecution (arn:aws:sagemaker:us-east-1:123456789012:pipeline/demo/execution/y): not found");
  }
});

t("model packages are listed with status, approval and a link to their metrics", async () => {
  const aws = mockAws();
  aws.sagemaker.on(ListModelPackagesCommand).resolves({
    ModelPackageSummaryList: [
      { ModelPackageArn: `${PKG}1`, ModelPackageVersion: 1, ModelPackageStatus: "Completed", ModelApprovalStatus: "Approved", CreationTime: new Date(1) },
      { ModelPackageArn: `${PKG}2`, ModelPackageVersion: 2, ModelPackageStatus: "Completed", ModelApprovalStatus: "PendingManualApproval", CreationTime: new Date(2) },
    ],
  });
  aws.sagemaker
    .on(DescribeModelPackageCommand, { ModelPackageName: `${PKG}2` })
    .resolves({ ModelMetrics: { ModelQuality: { Statistics: { ContentType: "application/json", S3Uri: "s3://b/eval/evaluation.json" } } } });
  aws.sagemaker.on(DescribeModelPackageCommand, { ModelPackageName: `${PKG}1` }).resolves({});
  const packages = await listModelPackages("abalone", { clients: aws.clients });
  assert.equal(sent(aws.sagemaker)[0]?.input, { ModelPackageGroupName: "abalone", SortBy: "CreationTime", SortOrder: "Descending", MaxResults: 10 });
  assert.equal(formatModelPackages("abalone", packages), [
    "VERSION STATUS    APPROVAL              METRICS / ARN",
    "2       Completed PendingManualApproval s3://b/eval/evaluation.json",
    `                                        ${PKG}2`,
    "1       Completed Approved              (no metrics)",
    `                                        ${PKG}1`,
  ]);
});

t("approve and reject update the approval status; a malformed ARN is caught first", async () => {
  const aws = mockAws();
  aws.sagemaker.on(UpdateModelPackageCommand).resolves({ ModelPackageArn: `${PKG}2` });
  await setModelApproval(`${PKG}2`, "Approved", { clients: aws.clients, description: "looks good" });
  await setModelApproval(`${PKG}3`, "Rejected", { clients: aws.clients });
  assert.equal(sent(aws.sagemaker).map((c) => c.input), [
    { ModelPackageArn: `${PKG}2`, ModelApprovalStatus: "Approved", ApprovalDescription: "looks good" },
    { ModelPackageArn: `${PKG}3`, ModelApprovalStatus: "Rejected" },
  ]);
  try {
    await setModelApproval("abalone/2", "Approved", { clients: aws.clients });
    assert.unreachable();
  } catch (e) {
    assert.match((e as Error).message, "'abalone/2' is not a model package ARN");
  }
  assert.equal(ops(aws.sagemaker).length, 2);
});

t.run();
