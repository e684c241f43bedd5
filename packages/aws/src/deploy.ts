import {
  AddTagsCommand, CreatePipelineCommand, UpdatePipelineCommand,
  type CreatePipelineRequest, type PipelineDefinitionS3Location, type UpdatePipelineRequest,
} from "@aws-sdk/client-sagemaker";
import { AwsError } from "./aws-error.ts";
import type { AwsClients } from "./clients.ts";
import { placeDefinition, type DefinitionPlacement } from "./definition-placement.ts";
import type { DeployableBuild } from "./deployable.ts";
import { checkDesired, planDeploy, type DesiredPipeline, type PipelineField } from "./deploy-plan.ts";
import { callAws } from "./describe-aws-error.ts";
import { deployLambdaFunctions, readLambdaZips, type LambdaOutcome } from "./lambda-functions.ts";
import { findPipeline, type LivePipeline } from "./live-pipeline.ts";
import { formatS3Uri } from "./s3-uri.ts";
import { headObject, putObject, uploadAssets, type AssetOutcome } from "./upload-assets.ts";

/** Settings for {@link deploy}. Each pipeline setting overrides the same field of the build. */
export interface DeployOptions {
  readonly clients: AwsClients;
  /** Execution role; required to create, compared and updated otherwise. @default the build's, else the live one is kept */
  readonly roleArn?: string;
  /** PipelineDescription. @default the build's, else left as is */
  readonly description?: string;
  /** PipelineDisplayName. @default the build's, else left as is */
  readonly displayName?: string;
  /** Tags to add or overwrite; others on the pipeline are kept. @default the build's, else none */
  readonly tags?: Readonly<Record<string, string>>;
  /** ParallelismConfiguration.MaxParallelExecutionSteps. @default the build's, else left as is */
  readonly maxParallelExecutionSteps?: number;
  /** Bucket for a definition over the 1 MB inline limit. @default the first asset's bucket, else the definition's most used bucket */
  readonly definitionBucket?: string;
  /** Look only: report what would happen, change nothing. @default false */
  readonly dryRun?: boolean;
}

/** Where the definition went (or would go). */
export interface DefinitionOutcome {
  readonly placement: "inline" | "s3";
  readonly bytes: number;
  /** The S3 object holding the definition, when placed in S3. */
  readonly s3Uri?: string;
}

/** What {@link deploy} did, or with `dryRun` would do, to one pipeline. */
export interface DeployReport {
  readonly pipelineName: string;
  /** The pipeline's ARN (unknown before a create in a dry run). */
  readonly pipelineArn: string | undefined;
  readonly action: "create" | "update" | "none";
  readonly changedFields: readonly PipelineField[];
  readonly tagsSet: Readonly<Record<string, string>>;
  readonly assets: readonly AssetOutcome[];
  /** Lambda functions the build defines, created or updated before the pipeline. */
  readonly lambdaFunctions: readonly LambdaOutcome[];
  /** Undefined when the definition was not sent (action `none`, or only other fields changed). */
  readonly definition: DefinitionOutcome | undefined;
  readonly dryRun: boolean;
}

function parseDefinition(build: DeployableBuild): unknown {
  try {
    return JSON.parse(build.definitionJson);
  } catch (e) {
    throw new AwsError("Deploy", `${build.name}: the definition is not valid JSON (${e instanceof Error ? e.message : String(e)}). Rebuild it.`);
  }
}

/** Drops undefined values, so optional fields stay absent rather than present-but-undefined. */
function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function desiredFrom(build: DeployableBuild, definition: unknown, options: DeployOptions): DesiredPipeline {
  return {
    name: build.name,
    definition,
    tags: { ...build.tags, ...options.tags },
    ...defined({
      roleArn: options.roleArn ?? build.roleArn,
      description: options.description ?? build.description,
      displayName: options.displayName ?? build.displayName,
      maxParallelExecutionSteps: options.maxParallelExecutionSteps ?? build.maxParallelExecutionSteps,
    }),
  };
}

function definitionFields(placement: DefinitionPlacement): Pick<CreatePipelineRequest, "PipelineDefinition" | "PipelineDefinitionS3Location"> {
  if (placement.kind === "inline") return { PipelineDefinition: placement.body };
  const location: PipelineDefinitionS3Location = { Bucket: placement.location.bucket, ObjectKey: placement.location.key };
  return { PipelineDefinitionS3Location: location };
}

function createRequest(desired: DesiredPipeline, placement: DefinitionPlacement): CreatePipelineRequest {
  const tags = Object.entries(desired.tags).map(([Key, Value]) => ({ Key, Value }));
  return {
    PipelineName: desired.name,
    ...(desired.displayName !== undefined ? { PipelineDisplayName: desired.displayName } : {}),
    ...definitionFields(placement),
    ...(desired.description !== undefined ? { PipelineDescription: desired.description } : {}),
    RoleArn: desired.roleArn,
    ...(tags.length ? { Tags: tags } : {}),
    ...(desired.maxParallelExecutionSteps !== undefined
      ? { ParallelismConfiguration: { MaxParallelExecutionSteps: desired.maxParallelExecutionSteps } }
      : {}),
  };
}

/** UpdatePipeline with only the fields that changed. */
function updateRequest(desired: DesiredPipeline, changed: readonly PipelineField[], placement: DefinitionPlacement | undefined): UpdatePipelineRequest {
  const has = (f: PipelineField) => changed.includes(f);
  return {
    PipelineName: desired.name,
    ...(has("displayName") ? { PipelineDisplayName: desired.displayName } : {}),
    ...(has("definition") && placement ? definitionFields(placement) : {}),
    ...(has("description") ? { PipelineDescription: desired.description } : {}),
    ...(has("roleArn") ? { RoleArn: desired.roleArn } : {}),
    ...(has("parallelism") ? { ParallelismConfiguration: { MaxParallelExecutionSteps: desired.maxParallelExecutionSteps } } : {}),
  };
}

async function stageDefinition(clients: AwsClients, placement: DefinitionPlacement): Promise<void> {
  if (placement.kind !== "s3") return;
  if (await headObject(clients.s3, placement.location)) return;
  await putObject(clients.s3, placement.location, placement.body, "application/json");
}

async function upsert(clients: AwsClients, desired: DesiredPipeline, live: LivePipeline | undefined, changed: readonly PipelineField[], placement: DefinitionPlacement | undefined): Promise<string | undefined> {
  const subject = `pipeline '${desired.name}'`;
  if (!live && placement) {
    const out = await callAws({ operation: "CreatePipeline", subject, action: "sagemaker:CreatePipeline (and iam:PassRole on the role)" }, () =>
      clients.sagemaker.send(new CreatePipelineCommand(createRequest(desired, placement))),
    );
    return out?.PipelineArn;
  }
  if (live && changed.length) {
    const out = await callAws({ operation: "UpdatePipeline", subject, action: "sagemaker:UpdatePipeline (and iam:PassRole on the role)" }, () =>
      clients.sagemaker.send(new UpdatePipelineCommand(updateRequest(desired, changed, placement))),
    );
    return out?.PipelineArn ?? live.arn;
  }
  return live?.arn;
}

/**
 * Deploys one build: uploads its assets (skipping those already in S3), then creates the
 * pipeline or updates only what changed, then sets tags. Deploying the same build twice
 * changes nothing the second time (action `none`). Every problem found before the first call
 * is reported at once; nothing is changed when there is one.
 */
/** The region the clients call, or undefined when the SDK cannot tell (no region configured). */
async function clientRegion(clients: AwsClients): Promise<string | undefined> {
  try {
    return await clients.sagemaker.config.region();
  } catch {
    return undefined;
  }
}

export async function deploy(build: DeployableBuild, options: DeployOptions): Promise<DeployReport> {
  const definition = parseDefinition(build);
  const { clients } = options;
  const region = await clientRegion(clients);
  if (build.region && region && build.region !== region) {
    throw new AwsError("Deploy", `cannot deploy ${build.name}: it was built for ${build.region}, and this deploy goes to ${region}. Its image URIs and ARNs are those of ${build.region}; deploy with --region ${build.region}, or build with @Pipeline({ region: "${region}" }).`);
  }
  const desiredTags = { ...build.tags, ...options.tags };
  const live = await findPipeline(clients.sagemaker, build.name, { withTags: Object.keys(desiredTags).length > 0 });
  const desired = desiredFrom(build, definition, options);
  const problems = checkDesired(desired, !live);
  const plan = planDeploy(desired, live);
  const sendsDefinition = plan.action === "create" || plan.changedFields.includes("definition");
  const placed = sendsDefinition ? placeDefinition(build, definition, options.definitionBucket ? { bucket: options.definitionBucket } : {}) : undefined;
  if (placed?.kind === "problem") problems.push(placed.message);
  if (problems.length) throw new AwsError("Deploy", `cannot deploy ${build.name}:\n  ${problems.join("\n  ")}`);
  const lambdaFunctions = build.lambdaFunctions ?? [];
  const { zips, problems: zipProblems } = await readLambdaZips(lambdaFunctions);
  if (zipProblems.length) throw new AwsError("Deploy", `cannot deploy ${build.name}:\n  ${zipProblems.join("\n  ")}`);
  const placement = placed?.kind === "problem" ? undefined : placed;
  const dryRun = options.dryRun ?? false;
  const assets = await uploadAssets(clients.s3, build.assets, { dryRun });
  const functions = await deployLambdaFunctions(clients, lambdaFunctions, zips, { dryRun });
  let arn = live?.arn;
  if (!dryRun) {
    if (placement) await stageDefinition(clients, placement);
    arn = await upsert(clients, desired, live, plan.changedFields, placement);
    if (live && Object.keys(plan.tagsToSet).length) {
      const tags = Object.entries(plan.tagsToSet).map(([Key, Value]) => ({ Key, Value }));
      await callAws({ operation: "AddTags", subject: `pipeline '${build.name}'` }, () =>
        clients.sagemaker.send(new AddTagsCommand({ ResourceArn: live.arn, Tags: tags })),
      );
    }
  }
  return {
    pipelineName: build.name,
    pipelineArn: arn,
    action: plan.action,
    changedFields: plan.changedFields,
    tagsSet: plan.tagsToSet,
    assets,
    lambdaFunctions: functions,
    definition: placement ? { placement: placement.kind, bytes: placement.bytes, ...(placement.kind === "s3" ? { s3Uri: formatS3Uri(placement.location) } : {}) } : undefined,
    dryRun,
  };
}
