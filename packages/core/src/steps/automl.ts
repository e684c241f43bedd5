import type { DescribeAutoMLJobResponse } from "../aws-types/sagemaker.ts";
import { propertyProxy, type Properties, type Value } from "@sagepipe/expressions";
import { renderTags, type JobTags } from "./job-tags.ts";
import { requireBucket, StepError, type RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";
import { KEPT_NAME_LENGTH } from "./job-name.ts";

/** One AutoML data channel (SDK `AutoMLInput`); several URIs make several entries. */
export interface AutoMLInputSpec {
  readonly inputs: Value<string> | readonly Value<string>[];
  /** The column to predict. */
  readonly targetAttributeName: Value<string>;
  /** @default none */
  readonly compression?: "None" | "Gzip";
  /** "training" or "validation". @default none (the service splits the data) */
  readonly channelType?: "training" | "validation";
  /** e.g. "text/csv;header=present". @default none */
  readonly contentType?: Value<string>;
  /** @default "S3Prefix" */
  readonly s3DataType?: "S3Prefix" | "ManifestFile" | "AugmentedManifestFile";
  /** @default none */
  readonly sampleWeightAttributeName?: Value<string>;
}

/** An AutoML (Autopilot v1) job; pipelines run it in ENSEMBLING mode (SDK `AutoML`). */
export interface AutoMLProps {
  readonly role: string;
  /** The column to predict (used when `.fit()` gets plain URIs). */
  readonly targetAttributeName?: Value<string>;
  /** @default s3://<bucket>/ */
  readonly outputPath?: Value<string>;
  /** Give with `jobObjective`, or neither. @default inferred by the service */
  readonly problemType?: "BinaryClassification" | "MulticlassClassification" | "Regression";
  /** e.g. { metricName: "F1" }. Give with `problemType`, or neither. @default inferred by the service */
  readonly jobObjective?: { readonly metricName: Value<string> };
  /** @default the service's */
  readonly maxCandidates?: Value<number>;
  /** @default the service's */
  readonly maxRuntimePerTrainingJobInSeconds?: Value<number>;
  /** @default the service's */
  readonly totalJobRuntimeInSeconds?: Value<number>;
  /** Pipelines support only ensembling. @default "ENSEMBLING" */
  readonly mode?: "ENSEMBLING";
  /** @default false */
  readonly encryptInterContainerTraffic?: Value<boolean>;
  /** @default none */
  readonly volumeKmsKey?: Value<string>;
  /** @default none */
  readonly outputKmsKey?: Value<string>;
  /** @default none */
  readonly vpcConfig?: { readonly securityGroupIds: readonly Value<string>[]; readonly subnets: readonly Value<string>[] };
  /** Selected features and their types (JSON in S3). @default none */
  readonly featureSpecificationS3Uri?: Value<string>;
  /** Share of the data kept for validation. @default the service's */
  readonly validationFraction?: Value<number>;
  /** Used for plain URIs given to `.fit()`. @default none */
  readonly compressionType?: "None" | "Gzip";
  /** Used for plain URIs given to `.fit()`. @default none */
  readonly contentType?: Value<string>;
  /** @default none */
  readonly tags?: JobTags;
  /** The job name kept under `useCustomJobPrefix` (its first 8 characters, as the SDK trims it). @default "automl" */
  readonly baseJobName?: string;
}

/** The properties of an AutoML step: its Describe* response plus the best candidate's report paths. */
export type AutoMLProperties = Properties<DescribeAutoMLJobResponse & {
  BestCandidateProperties: { ModelInsightsJsonReportPath: string; ExplainabilityJsonReportPath: string };
}>;

/** An AutoML step. */
export interface AutoMLStepArgs extends StepArgs<"AutoML"> {
  readonly properties: AutoMLProperties;
}

/** What is wrong with the settings (empty when fine), as the SDK checks them. */
export function autoMLProblems(props: AutoMLProps, inputs: readonly AutoMLInputSpec[]): string[] {
  const problems: string[] = [];
  if ((props.problemType === undefined) !== (props.jobObjective === undefined)) problems.push("give problemType and jobObjective together, or neither");
  if (!inputs.length) problems.push("fit() got no inputs; give the training data's S3 URI or autoMLInput(...) channels");
  if (inputs.length > 2) problems.push("fit() takes at most two channels (training and validation)");
  return problems;
}

function renderInputs(inputs: readonly AutoMLInputSpec[]): object[] {
  return inputs.flatMap((i) =>
    (Array.isArray(i.inputs) ? i.inputs : [i.inputs]).map((uri: Value<string>) => ({
      DataSource: { S3DataSource: { S3DataType: i.s3DataType ?? "S3Prefix", S3Uri: uri } },
      TargetAttributeName: i.targetAttributeName,
      CompressionType: i.compression,
      ChannelType: i.channelType,
      ContentType: i.contentType,
      SampleWeightAttributeName: i.sampleWeightAttributeName,
    })),
  );
}

/** The `Arguments` of an AutoML step (a CreateAutoMLJob request), in the SDK's key order. */
export function renderAutoMLArguments(props: AutoMLProps, inputs: readonly AutoMLInputSpec[], ctx: RenderContext): object {
  const problems = autoMLProblems(props, inputs);
  if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}.`);
  const criteria = { MaxCandidates: props.maxCandidates, MaxRuntimePerTrainingJobInSeconds: props.maxRuntimePerTrainingJobInSeconds, MaxAutoMLJobRuntimeInSeconds: props.totalJobRuntimeInSeconds };
  const vpc = props.vpcConfig ? { SecurityGroupIds: [...props.vpcConfig.securityGroupIds], Subnets: [...props.vpcConfig.subnets] } : undefined;
  return {
    AutoMLJobName: ctx.useCustomJobPrefix ? (props.baseJobName ?? "automl").slice(0, KEPT_NAME_LENGTH.autoML) : undefined,
    InputDataConfig: renderInputs(inputs),
    OutputDataConfig: { S3OutputPath: props.outputPath ?? `s3://${requireBucket(ctx, "the default AutoML output path")}/`, KmsKeyId: props.outputKmsKey },
    AutoMLJobConfig: {
      CompletionCriteria: Object.values(criteria).some((v) => v !== undefined) ? criteria : undefined,
      SecurityConfig: { EnableInterContainerTrafficEncryption: props.encryptInterContainerTraffic ?? false, VolumeKmsKeyId: props.volumeKmsKey, VpcConfig: vpc },
      CandidateGenerationConfig: props.featureSpecificationS3Uri !== undefined ? { FeatureSpecificationS3Uri: props.featureSpecificationS3Uri } : undefined,
      DataSplitConfig: props.validationFraction !== undefined ? { ValidationFraction: props.validationFraction } : undefined,
      Mode: props.mode ?? "ENSEMBLING",
    },
    RoleArn: props.role,
    AutoMLJobObjective: props.jobObjective ? { MetricName: props.jobObjective.metricName } : undefined,
    ProblemType: props.problemType,
    Tags: props.tags ? renderTags(props.tags) : undefined,
  };
}

/** AutoML step arguments from a job and its input channels. */
export function autoMLStep(props: AutoMLProps, inputs: readonly AutoMLInputSpec[]): AutoMLStepArgs {
  const slot = new StepSlot();
  return {
    properties: propertyProxy<AutoMLProperties>(slot.root()),
    [STEP_ARGS]: {
      kind: "AutoML",
      slot,
      inputs: () => [props, inputs],
      render: (ctx) => [{ Name: ctx.stepName, Type: "AutoML", Arguments: renderAutoMLArguments(props, inputs, ctx) }],
    },
  };
}
