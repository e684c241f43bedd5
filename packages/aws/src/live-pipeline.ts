import { DescribePipelineCommand, ListTagsCommand, type SageMakerClient, type Tag } from "@aws-sdk/client-sagemaker";
import { AwsError } from "./aws-error.ts";
import { parseLiveDefinition } from "./canonical-json.ts";
import { callAws, isNotFound } from "./describe-aws-error.ts";

/** A pipeline as SageMaker holds it now. */
export interface LivePipeline {
  readonly name: string;
  readonly arn: string;
  /** The parsed PipelineDefinition, or undefined when it is missing or not JSON. */
  readonly definition: unknown;
  readonly roleArn: string | undefined;
  readonly description: string | undefined;
  readonly displayName: string | undefined;
  readonly maxParallelExecutionSteps: number | undefined;
  /** Tags on the pipeline (filled only when asked for). */
  readonly tags: Readonly<Record<string, string>>;
}

const notFoundHint = "Deploy it first with `sagepipe deploy`, or check the name and the region (--region).";

/** Describes a pipeline; undefined when it does not exist. Other failures throw an AwsError. */
export async function findPipeline(
  sagemaker: SageMakerClient,
  name: string,
  options: { readonly withTags?: boolean } = {},
): Promise<LivePipeline | undefined> {
  const context = { operation: "DescribePipeline", subject: `pipeline '${name}'`, notFoundHint };
  const described = await callAws(context, async () => {
    try {
      return await sagemaker.send(new DescribePipelineCommand({ PipelineName: name }));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  });
  if (!described) return undefined;
  const arn = described.PipelineArn ?? "";
  const tags = options.withTags && arn ? await listTags(sagemaker, arn) : {};
  return {
    name: described.PipelineName ?? name,
    arn,
    definition: parseLiveDefinition(described.PipelineDefinition),
    roleArn: described.RoleArn,
    description: described.PipelineDescription || undefined,
    displayName: described.PipelineDisplayName || undefined,
    maxParallelExecutionSteps: described.ParallelismConfiguration?.MaxParallelExecutionSteps,
    tags,
  };
}

/** Describes a pipeline that must exist; a missing one is an AwsError that says to deploy it. */
export async function getPipeline(sagemaker: SageMakerClient, name: string): Promise<LivePipeline> {
  const live = await findPipeline(sagemaker, name);
  if (!live) {
    throw new AwsError("DescribePipeline", `DescribePipeline (pipeline '${name}'): not found. ${notFoundHint}`, "ResourceNotFound");
  }
  return live;
}

/** All tags on a resource, following NextToken. */
export async function listTags(sagemaker: SageMakerClient, arn: string): Promise<Record<string, string>> {
  const tags: Tag[] = [];
  let token: string | undefined;
  do {
    const page = await callAws({ operation: "ListTags", subject: arn }, () =>
      sagemaker.send(new ListTagsCommand({ ResourceArn: arn, ...(token ? { NextToken: token } : {}) })),
    );
    tags.push(...(page?.Tags ?? []));
    token = page?.NextToken;
  } while (token);
  return Object.fromEntries(tags.filter((t) => t.Key).map((t) => [t.Key as string, t.Value ?? ""]));
}
