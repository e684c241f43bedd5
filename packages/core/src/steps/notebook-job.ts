import { ExecutionVariables, JoinNode, PropertyNode, type PathSegment, type PipelineVariable, type Value } from "@sagepipe/expressions";
import { hashFilesOrDirs } from "../assets/sdk-hash.ts";
import { resolveImage, type Image } from "../images/image-ref.ts";
import { renderTags, type JobEnvironment, type JobTags } from "./job-tags.ts";
import { notebookJobProblems, notebookJobPrefix, uploadNotebookInputs } from "./notebook-job-files.ts";
import { requireBucket, requireRegion, StepError, type RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";

/** A notebook run as a job (SDK `NotebookJobStep`; the definition holds it as a training job). */
export interface NotebookJobProps {
  /** The local notebook to run (uploaded). */
  readonly inputNotebook: string;
  /** An image with the kernel, e.g. a SageMaker Distribution image of the pipeline's region. */
  readonly image: Image;
  /** The kernel that runs the notebook, e.g. "python3". */
  readonly kernelName: string;
  readonly role: string;
  /** Names the job (letters, digits, '-' and '_', starting with a letter). @default the notebook's file name, e.g. "analysis-ipynb" */
  readonly notebookJobName?: string;
  /** The S3 folder for the job's inputs and outputs. @default s3://<bucket> */
  readonly s3RootUri?: string;
  /**
   * An S3 folder that already holds the notebook and its files (as an imported definition names
   * it, e.g. the SDK's clock-stamped `.../input-2023-11-14-22-13-20-123`): the job reads it as is
   * and nothing is uploaded; `inputNotebook` and `initializationScript` then only name the files.
   * @default the files are uploaded to `<s3RootUri>/<pipeline>/<step>/input-<hash of the files>`
   */
  readonly inputLocation?: string;
  /** Notebook parameters (papermill-style). @default none */
  readonly parameters?: Readonly<Record<string, Value<string>>>;
  /** Environment variables of the job. @default none */
  readonly env?: JobEnvironment;
  /** A local script sourced before the notebook runs (uploaded). @default none */
  readonly initializationScript?: string;
  /** Local files or folders the notebook needs (uploaded beside it). @default none */
  readonly additionalDependencies?: readonly string[];
  /** KMS key for the inputs and outputs in S3. @default none */
  readonly s3KmsKey?: Value<string>;
  /** @default "ml.m5.large" */
  readonly instanceType?: Value<string>;
  /** @default 30 */
  readonly volumeSizeInGB?: Value<number>;
  /** @default none */
  readonly volumeKmsKey?: Value<string>;
  /** @default true */
  readonly encryptInterContainerTraffic?: Value<boolean>;
  /** VPC security groups (with `subnets`). @default none */
  readonly securityGroupIds?: readonly Value<string>[];
  /** VPC subnets (with `securityGroupIds`). @default none */
  readonly subnets?: readonly Value<string>[];
  /** Retries after internal failures. @default 1 */
  readonly maxRetryAttempts?: number;
  /** @default 172800 (2 days) */
  readonly maxRuntimeInSeconds?: number;
  /** @default none */
  readonly tags?: JobTags;
}

/** What a notebook job step exposes (the SDK's named properties). */
export interface NotebookJobProperties {
  /** The training job's name (`TrainingJobName`). */
  readonly ComputingJobName: PipelineVariable<string>;
  /** The training job's status (`TrainingJobStatus`). */
  readonly ComputingJobStatus: PipelineVariable<string>;
  /** The S3 folder the notebook and its files were staged in. */
  readonly NotebookJobInputLocation: PipelineVariable<string>;
  /** The S3 prefix the executed notebook is written under. */
  readonly NotebookJobOutputLocationPrefix: PipelineVariable<string>;
  readonly InputNotebookName: PipelineVariable<string>;
  readonly OutputNotebookName: PipelineVariable<string>;
}

/** A notebook job step. */
export interface NotebookJobStepArgs extends StepArgs<"NotebookJob"> {
  readonly properties: NotebookJobProperties;
}

/** The one input channel of a notebook job: the staged notebook and its files. */
export const NOTEBOOK_JOB_CHANNEL = "sagemaker_headless_execution_pipelinestep";
const CHANNEL = NOTEBOOK_JOB_CHANNEL;

/** What names a notebook job's system environment and tags. */
export interface NotebookJobIdentity {
  readonly region: string;
  readonly kernelName: string;
  /** The job's name (`TrainingJobName`). */
  readonly jobName: string;
  /** The notebook's file name. */
  readonly notebookName: string;
  /** The initialization script's file name. */
  readonly initScriptName?: string;
}

/** The environment the SDK's scheduler reads, written after (over) the user's `env`. */
export function notebookJobEnvironment(id: NotebookJobIdentity): Record<string, string | undefined> {
  return {
    AWS_DEFAULT_REGION: id.region,
    SM_JOB_DEF_VERSION: "1.0",
    SM_ENV_NAME: "sagemaker-default-env",
    SM_SKIP_EFS_SIMULATION: "true",
    SM_EXECUTION_INPUT_PATH: `/opt/ml/input/data/${CHANNEL}`,
    SM_KERNEL_NAME: id.kernelName,
    SM_INPUT_NOTEBOOK_NAME: id.notebookName,
    SM_OUTPUT_NOTEBOOK_NAME: `${id.jobName}.ipynb`,
    SM_INIT_SCRIPT: id.initScriptName,
  };
}

/** The tags the SDK adds after the user's. */
export function notebookJobSystemTags(id: Pick<NotebookJobIdentity, "jobName" | "notebookName">): { Key: string; Value: string }[] {
  return [
    { Key: "sagemaker:name", Value: id.jobName },
    { Key: "sagemaker:notebook-name", Value: id.notebookName },
    { Key: "sagemaker:notebook-job-origin", Value: "PIPELINE_STEP" },
    { Key: "sagemaker:is-studio-archived", Value: "false" },
  ];
}

function properties(slot: StepSlot): NotebookJobProperties {
  const at = (...path: PathSegment[]) => PropertyNode.create(slot.root(), path);
  const f = (field: string): PathSegment => ({ field });
  return {
    ComputingJobName: at(f("TrainingJobName")),
    ComputingJobStatus: at(f("TrainingJobStatus")),
    NotebookJobInputLocation: at(f("InputDataConfig"), { index: 0 }, f("DataSource"), f("S3DataSource"), f("S3Uri")),
    NotebookJobOutputLocationPrefix: at(f("OutputDataConfig"), f("S3OutputPath")),
    InputNotebookName: at(f("Environment"), { index: "SM_INPUT_NOTEBOOK_NAME" }),
    OutputNotebookName: at(f("Environment"), { index: "SM_OUTPUT_NOTEBOOK_NAME" }),
  };
}

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/** The `Arguments` of a notebook job step (a CreateTrainingJob request), in the SDK's key order. */
export function renderNotebookJobArguments(props: NotebookJobProps, ctx: RenderContext): object {
  const region = requireRegion(ctx, "a notebook job");
  const problems = notebookJobProblems(props, ctx, region);
  if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}.`);
  const root = (props.s3RootUri ?? `s3://${requireBucket(ctx, "the notebook job's S3 folder")}`).replace(/\/+$/, "");
  const jobName = notebookJobPrefix(props.notebookJobName ?? baseName(props.inputNotebook));
  const uploads = [props.inputNotebook, ...(props.initializationScript ? [props.initializationScript] : []), ...(props.additionalDependencies ?? [])];
  const inputFolder = props.inputLocation ?? `${root}/${ctx.pipelineName}/${ctx.stepName}/input-${hashFilesOrDirs(uploads, ctx.sourceDir)}`;
  if (props.inputLocation === undefined) uploadNotebookInputs(uploads, inputFolder, ctx);
  const id: NotebookJobIdentity = {
    region,
    kernelName: props.kernelName,
    jobName,
    notebookName: baseName(props.inputNotebook),
    ...(props.initializationScript ? { initScriptName: baseName(props.initializationScript) } : {}),
  };
  const vpc = props.securityGroupIds || props.subnets ? { SecurityGroupIds: [...(props.securityGroupIds ?? [])], Subnets: [...(props.subnets ?? [])] } : undefined;
  return {
    TrainingJobName: jobName,
    RoleArn: props.role,
    RetryStrategy: { MaximumRetryAttempts: props.maxRetryAttempts ?? 1 },
    StoppingCondition: { MaxRuntimeInSeconds: props.maxRuntimeInSeconds ?? 172800 },
    EnableInterContainerTrafficEncryption: props.encryptInterContainerTraffic ?? true,
    AlgorithmSpecification: { TrainingImage: resolveImage(props.image, ctx), TrainingInputMode: "File", ContainerEntrypoint: ["amazon_sagemaker_scheduler"] },
    InputDataConfig: [
      { ChannelName: CHANNEL, DataSource: { S3DataSource: { S3DataType: "S3Prefix", S3Uri: inputFolder, S3DataDistributionType: "FullyReplicated" } } },
    ],
    OutputDataConfig: {
      S3OutputPath: JoinNode.create("/", [root, ctx.pipelineName, ExecutionVariables.PipelineExecutionId, ctx.stepName]),
      KmsKeyId: props.s3KmsKey,
    },
    ResourceConfig: { VolumeSizeInGB: props.volumeSizeInGB ?? 30, InstanceCount: 1, InstanceType: props.instanceType ?? "ml.m5.large", VolumeKmsKeyId: props.volumeKmsKey },
    VpcConfig: vpc,
    Tags: [...renderTags(props.tags ?? {}), ...notebookJobSystemTags(id)],
    Environment: { ...(props.env ?? {}), ...notebookJobEnvironment(id) },
    HyperParameters: props.parameters && Object.keys(props.parameters).length ? { ...props.parameters } : undefined,
  };
}

/** SDK `NotebookJobStep`: runs a local notebook as a job; its files are uploaded at deploy. */
export function notebookJob(props: NotebookJobProps): NotebookJobStepArgs {
  const slot = new StepSlot();
  return {
    properties: properties(slot),
    [STEP_ARGS]: {
      kind: "NotebookJob",
      slot,
      inputs: () => props,
      render: (ctx) => [{ Name: ctx.stepName, Type: "Training", Arguments: renderNotebookJobArguments(props, ctx) }],
    },
  };
}
