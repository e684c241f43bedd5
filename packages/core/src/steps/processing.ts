import type { DescribeProcessingJobResponse } from "../aws-types/sagemaker.ts";
import { JoinNode, ExecutionVariables, propertyProxy, PropertyNode, type PipelineVariable, type Properties, type Value } from "@sagepipe/expressions";
import { uploadCode } from "../assets/code-upload.ts";
import { resolveImage, type Image } from "../images/image-ref.ts";
import { keptJobName } from "./job-name.ts";
import { renderTags, type JobEnvironment, type JobTags } from "./job-tags.ts";
import { networkConfigProblems, renderProcessingNetworkConfig, type NetworkConfig } from "./network-config.ts";
import { requireBucket, StepError, type RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";
import { declaredOnly } from "./declared-names.ts";

/** A processing job's input (SDK `ProcessingInput`). */
export interface ProcessingInputSpec {
  readonly source: Value<string>;
  readonly destination: string;
  /** @default `input-<n>` by position */
  readonly inputName?: string;
  /** @default "S3Prefix" */
  readonly s3DataType?: "S3Prefix" | "ManifestFile";
  /** @default "File" */
  readonly s3InputMode?: "File" | "Pipe";
  /** @default "FullyReplicated" */
  readonly s3DataDistributionType?: "FullyReplicated" | "ShardedByS3Key";
  /** @default "None" */
  readonly s3CompressionType?: "None" | "Gzip";
}

/** A processing job's output (SDK `ProcessingOutput`); a string is its container path. */
export interface ProcessingOutputSpec {
  readonly source: string;
  /** @default s3://<bucket>/<pipeline>/<execution id>/<step>/output/<name> */
  readonly destination?: Value<string>;
  /** @default "EndOfJob" */
  readonly s3UploadMode?: "EndOfJob" | "Continuous";
}

/** A JSON file a processing step writes, readable with `jsonGet` (SDK `PropertyFile`). */
export interface PropertyFileSpec<O extends string> {
  /** The output whose folder holds the file. */
  readonly output: O;
  /** Path of the file inside that output. */
  readonly path: string;
}

/** The processor that runs a job: image, resources and role (SDK `Processor`/`ScriptProcessor`). */
export interface ProcessorProps {
  readonly role: string;
  readonly image: Image;
  readonly instanceType: Value<string>;
  readonly instanceCount: Value<number>;
  /** The interpreter for `code`, e.g. ["python3"]. */
  readonly command?: readonly string[];
  readonly entrypoint?: readonly string[];
  /** @default 30 */
  readonly volumeSizeInGB?: Value<number>;
  readonly volumeKmsKey?: Value<string>;
  readonly outputKmsKey?: Value<string>;
  readonly maxRuntimeInSeconds?: Value<number>;
  readonly env?: JobEnvironment;
  /** The job name's prefix (and the plain-Session code folder's); kept in the definition only with `definitionConfig: { useCustomJobPrefix: true }`. @default the image's name */
  readonly baseJobName?: string;
  /** Network isolation, traffic encryption, VPC. @default none */
  readonly network?: NetworkConfig;
  /** @default none */
  readonly tags?: JobTags;
}

/** How a processor puts its code into the job: inputs after the user's, and the container's entrypoint. */
export interface CodeStaging {
  readonly inputs: readonly ProcessingInputSpec[];
  readonly entrypoint?: readonly Value<string>[];
  /** Outputs after the user's, unnamed: each is named `output-<n>` by its position among all outputs, as the SDK names them. @default none */
  readonly outputs?: readonly ProcessingOutputSpec[];
}

/** Stages a processor's code for one render (uploads are recorded as assets). */
export type StageCode = (ctx: RenderContext) => CodeStaging;

/** A run's outputs by name: the container path, or the full output spec. */
export type ProcessingOutputs = { readonly [name: string]: string | ProcessingOutputSpec };

/**
 * What `processor.run()` takes. `O` is the type of `outputs` itself (not a union of its
 * names), so the step's `outputs` map it homomorphically and the language service links
 * `.outputs.train` to the `train:` key: renaming one renames the other.
 */
export interface ProcessingRunArgs<O extends ProcessingOutputs, P extends string> {
  readonly inputs?: readonly ProcessingInputSpec[];
  readonly outputs?: O;
  /** A local script (uploaded as an asset) or an s3:// URI. */
  readonly code?: string;
  readonly arguments?: readonly Value<string>[];
  readonly propertyFiles?: { readonly [K in P]: PropertyFileSpec<NoInfer<keyof O & string>> };
}

/** A processing step: typed outputs (`.outputs.train` is the S3 URI) and Describe* properties. */
export interface ProcessingStepArgs<O extends ProcessingOutputs = ProcessingOutputs, P extends string = string> extends StepArgs<"Processing"> {
  readonly outputs: { readonly [K in keyof O]: PipelineVariable<string> };
  readonly propertyFiles: { readonly [K in P]: PropertyFileRef };
  readonly properties: Properties<DescribeProcessingJobResponse>;
}

/** A reference to one property file of one step, for `jsonGet`. */
export type PropertyFileRef = PipelineVariable<string> & PropertyNode;

const CODE_DIR = "/opt/ml/processing/input/code";

function renderInput(input: ProcessingInputSpec, i: number): object {
  return {
    InputName: input.inputName ?? `input-${i + 1}`,
    AppManaged: false,
    S3Input: {
      S3Uri: input.source,
      LocalPath: input.destination,
      S3DataType: input.s3DataType ?? "S3Prefix",
      S3InputMode: input.s3InputMode ?? "File",
      S3DataDistributionType: input.s3DataDistributionType ?? "FullyReplicated",
      S3CompressionType: input.s3CompressionType ?? "None",
    },
  };
}

function defaultOutputUri(name: string, ctx: RenderContext): Value<string> {
  const bucket = requireBucket(ctx, `the default destination of output '${name}'`, "outputs");
  return JoinNode.create("/", ["s3:/", bucket, ctx.pipelineName, ExecutionVariables.PipelineExecutionId, ctx.stepName, "output", name]);
}

function renderOutput(name: string, spec: string | ProcessingOutputSpec, ctx: RenderContext): object {
  const o = typeof spec === "string" ? { source: spec } : spec;
  return {
    OutputName: name,
    AppManaged: false,
    S3Output: { S3Uri: o.destination ?? defaultOutputUri(name, ctx), LocalPath: o.source, S3UploadMode: o.s3UploadMode ?? "EndOfJob" },
  };
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The script processor's staging: `code` (uploaded unless s3://) run by `command`. */
function stageScript(props: ProcessorProps, code: string | undefined): StageCode {
  return (ctx) => {
    if (code === undefined) return { inputs: [], ...(props.entrypoint ? { entrypoint: props.entrypoint } : {}) };
    const codeUri = uploadCode(code, ctx, props.baseJobName);
    return {
      inputs: [{ source: codeUri, destination: CODE_DIR, inputName: "code" }],
      entrypoint: [...(props.command ?? ["python3"]), `${CODE_DIR}/${basename(codeUri)}`],
    };
  };
}

/** The `Arguments` of a processing step, in the SDK's key order. */
export function renderProcessingArguments(props: ProcessorProps, run: ProcessingRunArgs<ProcessingOutputs, string>, ctx: RenderContext, stage?: StageCode): object {
  const problems = props.network ? networkConfigProblems(props.network) : [];
  if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}.`);
  const staged = (stage ?? stageScript(props, run.code))(ctx);
  const userInputs = run.inputs ?? [];
  const inputs = [...userInputs, ...staged.inputs].map(renderInput);
  const containerEntrypoint = staged.entrypoint ? [...staged.entrypoint] : undefined;
  const userOutputs = Object.entries<string | ProcessingOutputSpec>(run.outputs ?? {});
  const stagedOutputs = (staged.outputs ?? []).map((o, i): [string, ProcessingOutputSpec] => [`output-${userOutputs.length + i + 1}`, o]);
  const outputs = [...userOutputs, ...stagedOutputs].map(([n, s]) => renderOutput(n, s, ctx));
  const image = resolveImage(props.image, ctx);
  return {
    ProcessingJobName: keptJobName(ctx, props.baseJobName, image, "processing-job"),
    ProcessingResources: {
      ClusterConfig: {
        InstanceType: props.instanceType,
        InstanceCount: props.instanceCount,
        VolumeSizeInGB: props.volumeSizeInGB ?? 30,
        VolumeKmsKeyId: props.volumeKmsKey,
      },
    },
    AppSpecification: {
      ImageUri: image,
      ContainerArguments: run.arguments ? [...run.arguments] : undefined,
      ContainerEntrypoint: containerEntrypoint,
    },
    RoleArn: props.role,
    ProcessingInputs: inputs.length ? inputs : undefined,
    ProcessingOutputConfig: outputs.length ? { Outputs: outputs, KmsKeyId: props.outputKmsKey } : undefined,
    Environment: props.env ? { ...props.env } : undefined,
    NetworkConfig: props.network ? renderProcessingNetworkConfig(props.network) : undefined,
    StoppingCondition: props.maxRuntimeInSeconds !== undefined ? { MaxRuntimeInSeconds: props.maxRuntimeInSeconds } : undefined,
    Tags: props.tags ? renderTags(props.tags) : undefined,
  };
}

/** `PropertyFiles` of the step. */
function renderPropertyFiles(files: Readonly<Record<string, PropertyFileSpec<string>>>): object[] {
  return Object.entries(files).map(([name, f]) => ({ PropertyFileName: name, OutputName: f.output, FilePath: f.path }));
}

/** Builds processing step arguments from a processor and a run. */
export function processingStep<O extends ProcessingOutputs, P extends string>(
  props: ProcessorProps,
  run: ProcessingRunArgs<O, P>,
  stage?: StageCode,
  /** Values the staging reads besides `run` (walked for property references). */
  stageInputs?: () => unknown,
): ProcessingStepArgs<O, P> {
  const slot = new StepSlot();
  const root = slot.root();
  const properties = propertyProxy<Properties<DescribeProcessingJobResponse>>(root);
  const outputs = Object.fromEntries(
    Object.keys(run.outputs ?? {}).map((name) => [name, properties.ProcessingOutputConfig.Outputs[name]!.S3Output.S3Uri]),
  ) as unknown as { readonly [K in keyof O]: PipelineVariable<string> };
  const propertyFiles = Object.fromEntries(
    Object.keys(run.propertyFiles ?? {}).map((name) => [name, PropertyNode.create(root, [{ field: "PropertyFiles" }, { field: name }])]),
  ) as { [K in P]: PropertyFileRef };
  return {
    outputs: declaredOnly(outputs, "outputs", slot),
    propertyFiles: declaredOnly(propertyFiles, "propertyFiles", slot),
    properties,
    [STEP_ARGS]: {
      kind: "Processing",
      slot,
      inputs: () => [props, run.inputs, run.outputs, run.arguments, stageInputs?.()],
      propertyFiles: () => (run.propertyFiles ? Object.entries<PropertyFileSpec<keyof O & string>>(run.propertyFiles).map(([name, f]) => ({ name, output: f.output })) : []),
      outputNames: () => Object.keys(run.outputs ?? {}),
      render: (ctx) => [
        {
          Name: ctx.stepName,
          Type: "Processing",
          Arguments: renderProcessingArguments(props, run, ctx, stage),
          ...(run.propertyFiles ? { PropertyFiles: renderPropertyFiles(run.propertyFiles) } : {}),
        },
      ],
    },
  };
}
