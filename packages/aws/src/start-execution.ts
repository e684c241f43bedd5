import { StartPipelineExecutionCommand } from "@aws-sdk/client-sagemaker";
import { AwsError } from "./aws-error.ts";
import type { AwsClients } from "./clients.ts";
import { callAws } from "./describe-aws-error.ts";
import { getPipeline } from "./live-pipeline.ts";
import { checkParameterValues, declaredParameters } from "./pipeline-parameters.ts";

/** Settings for {@link startExecution}. */
export interface StartOptions {
  readonly clients: AwsClients;
  /** Parameter values by name, as text (`"5"`, `"true"`). @default none: every default applies */
  readonly parameters?: Readonly<Record<string, string>>;
  /** PipelineExecutionDisplayName. @default none */
  readonly displayName?: string;
  /** PipelineExecutionDescription. @default none */
  readonly description?: string;
  /** ParallelismConfiguration for this run. @default the pipeline's */
  readonly maxParallelExecutionSteps?: number;
}

/** A run that was started. */
export interface StartedExecution {
  readonly pipelineName: string;
  readonly executionArn: string;
  /** The parameters sent (only those given, in declaration order). */
  readonly parameters: readonly { readonly Name: string; readonly Value: string }[];
}

/**
 * Starts a run of a deployed pipeline. The values are checked first against the parameters
 * the live definition declares (names, types, EnumValues, required ones); any problem stops
 * the run before StartPipelineExecution is called, and all of them are reported together.
 */
export async function startExecution(pipelineName: string, options: StartOptions): Promise<StartedExecution> {
  const live = await getPipeline(options.clients.sagemaker, pipelineName);
  const declared = declaredParameters(live.definition);
  const { parameters, problems } = checkParameterValues(declared, options.parameters ?? {});
  const p = options.maxParallelExecutionSteps;
  if (p !== undefined && !(Number.isInteger(p) && p >= 1)) problems.push(`max parallel steps: ${p} is not a whole number of at least 1.`);
  if (problems.length) {
    throw new AwsError("StartPipelineExecution", `cannot start ${pipelineName}:\n  ${problems.join("\n  ")}`);
  }
  const out = await callAws({ operation: "StartPipelineExecution", subject: `pipeline '${pipelineName}'` }, () =>
    options.clients.sagemaker.send(new StartPipelineExecutionCommand({
      PipelineName: pipelineName,
      ...(options.displayName !== undefined ? { PipelineExecutionDisplayName: options.displayName } : {}),
      ...(parameters.length ? { PipelineParameters: parameters } : {}),
      ...(options.description !== undefined ? { PipelineExecutionDescription: options.description } : {}),
      ...(p !== undefined ? { ParallelismConfiguration: { MaxParallelExecutionSteps: p } } : {}),
    })),
  );
  if (!out?.PipelineExecutionArn) {
    throw new AwsError("StartPipelineExecution", `StartPipelineExecution (pipeline '${pipelineName}'): SageMaker returned no execution ARN. Check \`sagepipe runs ${pipelineName}\`.`);
  }
  return { pipelineName, executionArn: out.PipelineExecutionArn, parameters };
}
