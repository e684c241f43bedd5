import { DescribePipelineCommand, type SageMakerClient } from "@aws-sdk/client-sagemaker";
import { AwsError } from "./aws-error.ts";
import { callAws, isNotFound } from "./describe-aws-error.ts";

/** A deployed pipeline's definition as SageMaker holds it: the text, as stored. */
export interface DescribedDefinition {
  readonly name: string;
  readonly definition: string;
}

/**
 * The definition of a deployed pipeline (DescribePipeline), at `version` when given. A
 * definition deployed from S3 (`PipelineDefinitionS3Location`) is read the same way:
 * SageMaker copies it in at CreatePipeline/UpdatePipeline, and DescribePipeline returns its
 * text (the response has no S3 location). A missing pipeline or version is an AwsError.
 */
export async function describePipelineDefinition(sagemaker: SageMakerClient, name: string, version?: number): Promise<DescribedDefinition> {
  const subject = `pipeline '${name}'${version !== undefined ? ` version ${version}` : ""}`;
  const hint = version !== undefined
    ? "Check the name, the version (a number each update adds) and the region (--region)."
    : "Check the name and the region (--region).";
  const described = await callAws({ operation: "DescribePipeline", subject, notFoundHint: hint }, async () => {
    try {
      return await sagemaker.send(new DescribePipelineCommand({ PipelineName: name, ...(version !== undefined ? { PipelineVersionId: version } : {}) }));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  });
  if (!described) throw new AwsError("DescribePipeline", `DescribePipeline (${subject}): not found. ${hint}`, "ResourceNotFound");
  if (!described.PipelineDefinition) throw new AwsError("DescribePipeline", `DescribePipeline (${subject}): the response holds no PipelineDefinition.`);
  return { name: described.PipelineName ?? name, definition: described.PipelineDefinition };
}
