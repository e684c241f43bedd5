// Test support: an in-memory SageMaker + S3 behind aws-sdk-client-mock, so a test can deploy,
// describe and run pipelines and see state carry over between calls. Never used outside tests.
import { HeadObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import {
  AddTagsCommand, CreatePipelineCommand, DescribePipelineCommand, ListPipelineExecutionsCommand,
  ListTagsCommand, StartPipelineExecutionCommand, UpdatePipelineCommand,
} from "@aws-sdk/client-sagemaker";
import { awsError, type MockedAws } from "./mock-aws.ts";

interface StoredPipeline {
  arn: string;
  definition: string;
  /** Every definition it had, oldest first: version N is versions[N - 1] (DescribePipeline's PipelineVersionId). */
  versions: string[];
  roleArn: string;
  description?: string;
  displayName?: string;
  parallelism?: number;
  tags: Record<string, string>;
  runs: { arn: string; parameters: { Name: string; Value: string }[] }[];
}

/** The fake's state, for assertions. */
export interface FakeState {
  readonly pipelines: Map<string, StoredPipeline>;
  readonly objects: Map<string, string>;
  /** User metadata of each object (PutObject's `Metadata`; HeadObject returns it). */
  readonly metadata: Map<string, Record<string, string>>;
}

const ACCOUNT = "123456789012";

/** Gives the mocked clients SageMaker and S3 behaviour backed by maps. */
export function installFakeSageMaker(aws: MockedAws): FakeState {
  const pipelines = new Map<string, StoredPipeline>();
  const objects = new Map<string, string>();
  const metadata = new Map<string, Record<string, string>>();
  const missing = (name: string) => awsError("ResourceNotFound", `Pipeline 'arn:aws:sagemaker:us-east-1:${ACCOUNT}:pipeline/${name.toLowerCase()}' does not exist.`);
  const definitionOf = (input: { PipelineDefinition?: string; PipelineDefinitionS3Location?: { Bucket?: string; ObjectKey?: string } }) => {
    if (input.PipelineDefinition) return input.PipelineDefinition;
    const loc = input.PipelineDefinitionS3Location;
    const body = objects.get(`${loc?.Bucket}/${loc?.ObjectKey}`);
    if (body === undefined) throw awsError("ValidationException", "Unable to read the pipeline definition from S3.");
    return body;
  };
  aws.sagemaker.on(DescribePipelineCommand).callsFake((input: { PipelineName: string; PipelineVersionId?: number }) => {
    const p = pipelines.get(input.PipelineName);
    if (!p) throw missing(input.PipelineName);
    const version = input.PipelineVersionId;
    const definition = version === undefined ? p.definition : p.versions[version - 1];
    if (definition === undefined) throw awsError("ResourceNotFound", `Pipeline version ${version} of '${input.PipelineName}' does not exist.`);
    return {
      PipelineArn: p.arn, PipelineName: input.PipelineName, PipelineDefinition: definition, RoleArn: p.roleArn,
      PipelineDescription: p.description, PipelineDisplayName: p.displayName,
      ...(p.parallelism ? { ParallelismConfiguration: { MaxParallelExecutionSteps: p.parallelism } } : {}),
    };
  });
  aws.sagemaker.on(CreatePipelineCommand).callsFake((input) => {
    if (pipelines.has(input.PipelineName)) throw awsError("ResourceInUse", "Pipeline already exists.");
    const arn = `arn:aws:sagemaker:us-east-1:${ACCOUNT}:pipeline/${input.PipelineName.toLowerCase()}`;
    const definition = definitionOf(input);
    pipelines.set(input.PipelineName, {
      arn, definition, versions: [definition], roleArn: input.RoleArn, description: input.PipelineDescription,
      displayName: input.PipelineDisplayName, parallelism: input.ParallelismConfiguration?.MaxParallelExecutionSteps,
      tags: Object.fromEntries((input.Tags ?? []).map((t: { Key: string; Value: string }) => [t.Key, t.Value])), runs: [],
    });
    return { PipelineArn: arn };
  });
  aws.sagemaker.on(UpdatePipelineCommand).callsFake((input) => {
    const p = pipelines.get(input.PipelineName);
    if (!p) throw missing(input.PipelineName);
    if (input.PipelineDefinition || input.PipelineDefinitionS3Location) p.versions.push((p.definition = definitionOf(input)));
    if (input.RoleArn) p.roleArn = input.RoleArn;
    if (input.PipelineDescription !== undefined) p.description = input.PipelineDescription;
    if (input.PipelineDisplayName !== undefined) p.displayName = input.PipelineDisplayName;
    if (input.ParallelismConfiguration) p.parallelism = input.ParallelismConfiguration.MaxParallelExecutionSteps;
    return { PipelineArn: p.arn };
  });
  const byArn = (arn: string) => [...pipelines.values()].find((p) => p.arn === arn);
  aws.sagemaker.on(ListTagsCommand).callsFake((input) => ({
    Tags: Object.entries(byArn(input.ResourceArn)?.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
  }));
  aws.sagemaker.on(AddTagsCommand).callsFake((input) => {
    const p = byArn(input.ResourceArn);
    for (const t of input.Tags) if (p) p.tags[t.Key] = t.Value;
    return { Tags: input.Tags };
  });
  aws.sagemaker.on(StartPipelineExecutionCommand).callsFake((input) => {
    const p = pipelines.get(input.PipelineName);
    if (!p) throw missing(input.PipelineName);
    const arn = `${p.arn}/execution/run${p.runs.length + 1}`;
    p.runs.push({ arn, parameters: input.PipelineParameters ?? [] });
    return { PipelineExecutionArn: arn };
  });
  aws.sagemaker.on(ListPipelineExecutionsCommand).callsFake((input) => {
    const p = pipelines.get(input.PipelineName);
    if (!p) throw missing(input.PipelineName);
    return {
      PipelineExecutionSummaries: p.runs.map((r, i) => ({
        PipelineExecutionArn: r.arn, PipelineExecutionStatus: "Executing", StartTime: new Date(Date.UTC(2024, 0, 1, 0, i)),
      })),
    };
  });
  aws.s3.on(HeadObjectCommand).callsFake((input) => {
    const key = `${input.Bucket}/${input.Key}`;
    if (!objects.has(key)) throw awsError("NotFound", "UnknownError", 404);
    const recorded = metadata.get(key);
    return recorded ? { Metadata: recorded } : {};
  });
  aws.s3.on(PutObjectCommand).callsFake((input) => {
    const key = `${input.Bucket}/${input.Key}`;
    objects.set(key, String(input.Body));
    if (input.Metadata) metadata.set(key, input.Metadata);
    else metadata.delete(key);
    return {};
  });
  return { pipelines, objects, metadata };
}
