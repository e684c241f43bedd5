import {
  DescribeModelPackageCommand, ListModelPackagesCommand, UpdateModelPackageCommand,
  type DescribeModelPackageOutput, type ModelPackageSummary,
} from "@aws-sdk/client-sagemaker";
import { AwsError } from "./aws-error.ts";
import type { AwsClients } from "./clients.ts";
import { callAws } from "./describe-aws-error.ts";

/** One model package version in a group, with where its metrics are. */
export interface ModelPackageInfo {
  readonly arn: string;
  readonly version: number | undefined;
  readonly status: string;
  readonly approval: string;
  readonly creationTime: Date | undefined;
  /** The S3 URI of the model-quality statistics (or the first metrics report found). */
  readonly metricsUri: string | undefined;
}

/** The first metrics report a package names: model quality first, then the others. */
export function metricsUriOf(described: DescribeModelPackageOutput | undefined): string | undefined {
  const m = described?.ModelMetrics;
  if (!m) return undefined;
  const candidates = [
    m.ModelQuality?.Statistics, m.ModelQuality?.Constraints, m.ModelDataQuality?.Statistics,
    m.Bias?.Report, m.Explainability?.Report, m.ModelDataQuality?.Constraints,
  ];
  return candidates.find((c) => c?.S3Uri)?.S3Uri;
}

/** The newest packages in a group (DescribeModelPackage on each for its metrics link). */
export async function listModelPackages(group: string, options: { readonly clients: AwsClients; readonly limit?: number }): Promise<ModelPackageInfo[]> {
  const sm = options.clients.sagemaker;
  const listed = await callAws(
    { operation: "ListModelPackages", subject: `model package group '${group}'`, notFoundHint: "Check the group name and the region (--region)." },
    () => sm.send(new ListModelPackagesCommand({ ModelPackageGroupName: group, SortBy: "CreationTime", SortOrder: "Descending", MaxResults: options.limit ?? 10 })),
  );
  const summaries: ModelPackageSummary[] = listed?.ModelPackageSummaryList ?? [];
  const infos: ModelPackageInfo[] = [];
  for (const s of summaries) {
    const arn = s.ModelPackageArn ?? "";
    const described = arn
      ? await callAws({ operation: "DescribeModelPackage", subject: arn }, () => sm.send(new DescribeModelPackageCommand({ ModelPackageName: arn })))
      : undefined;
    infos.push({
      arn,
      version: s.ModelPackageVersion,
      status: s.ModelPackageStatus ?? "Unknown",
      approval: s.ModelApprovalStatus ?? "Unknown",
      creationTime: s.CreationTime,
      metricsUri: metricsUriOf(described),
    });
  }
  return infos.sort((a, b) => (b.version ?? 0) - (a.version ?? 0));
}

/** Table lines for `sagepipe models`. */
export function formatModelPackages(group: string, packages: readonly ModelPackageInfo[]): string[] {
  if (!packages.length) return [`${group}: no model packages yet.`];
  const approvalWidth = Math.max(8, ...packages.map((p) => p.approval.length));
  const statusWidth = Math.max(6, ...packages.map((p) => p.status.length));
  return [
    `${"VERSION".padEnd(7)} ${"STATUS".padEnd(statusWidth)} ${"APPROVAL".padEnd(approvalWidth)} METRICS / ARN`,
    ...packages.flatMap((p) => [
      `${String(p.version ?? "-").padEnd(7)} ${p.status.padEnd(statusWidth)} ${p.approval.padEnd(approvalWidth)} ${p.metricsUri ?? "(no metrics)"}`,
      `${"".padEnd(7 + statusWidth + approvalWidth + 3)}${p.arn}`,
    ]),
  ];
}

const PACKAGE_ARN = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package\/.+/;

/** Sets a model package's approval status (UpdateModelPackage). */
export async function setModelApproval(
  packageArn: string,
  status: "Approved" | "Rejected",
  options: { readonly clients: AwsClients; readonly description?: string },
): Promise<void> {
  if (!PACKAGE_ARN.test(packageArn)) {
    throw new AwsError("UpdateModelPackage", `'${packageArn}' is not a model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>). See \`sagepipe models <group>\`.`);
  }
  await callAws(
    { operation: "UpdateModelPackage", subject: packageArn, notFoundHint: "Check the ARN (see `sagepipe models <group>`) and the region (--region)." },
    () => options.clients.sagemaker.send(new UpdateModelPackageCommand({
      ModelPackageArn: packageArn,
      ModelApprovalStatus: status,
      ...(options.description !== undefined ? { ApprovalDescription: options.description } : {}),
    })),
  );
}
