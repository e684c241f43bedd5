import type { DescribeHyperParameterTuningJobResponse, ListTrainingJobsForHyperParameterTuningJobResponse } from "../aws-types/sagemaker.ts";
import { JoinNode, propertyProxy, type PipelineVariable, type Properties, type Value } from "@sagepipe/expressions";
import { resolveImage } from "../images/image-ref.ts";
import { baseNameFromImage, KEPT_NAME_LENGTH } from "./job-name.ts";
import { StepError, type RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";
import type { TrainingChannels } from "./training-input.ts";
import { definitionProblems, renderDefinitionRanges, renderTrainingJobDefinition, type TuningDefinition } from "./tuning-definition.ts";
import { renderWarmStart, warmStartProblems, type WarmStart } from "./warm-start.ts";

export type { TuningDefinition } from "./tuning-definition.ts";
export type { WarmStart, WarmStartType } from "./warm-start.ts";

/** Settings of the tuning job itself, shared by single- and multi-algorithm tuners. */
export interface TuningJobSettings {
  /** @default "Maximize" */
  readonly objectiveType?: "Maximize" | "Minimize";
  /** @default "Bayesian" */
  readonly strategy?: "Bayesian" | "Random" | "Hyperband" | "Grid";
  /** Training jobs in all. @default 1 */
  readonly maxJobs?: Value<number>;
  /** Training jobs at once. @default 1 */
  readonly maxParallelJobs?: Value<number>;
  /** Limit on the whole tuning job. @default none */
  readonly maxRuntimeInSeconds?: Value<number>;
  /** @default "Off" */
  readonly earlyStoppingType?: "Off" | "Auto";
  /** @default none */
  readonly randomSeed?: number;
  /** Start from earlier tuning jobs' results (SDK `WarmStartConfig`). @default none */
  readonly warmStart?: WarmStart;
  /** Used only for job names when the pipeline keeps them. */
  readonly baseTuningJobName?: string;
}

/** A hyperparameter tuner over one estimator (SDK `HyperparameterTuner`). */
export interface TunerProps extends TuningJobSettings, TuningDefinition {}

/** The properties of a tuning step: its Describe* response and its training jobs' summaries. */
export type TuningProperties = Properties<DescribeHyperParameterTuningJobResponse & ListTrainingJobsForHyperParameterTuningJobResponse>;

/** Where `topModelS3Uri` looks. */
export interface TopModelLocation {
  /** The bucket of the estimator's output path. */
  readonly bucket: string;
  /** The key prefix of the estimator's output path. @default none */
  readonly prefix?: string;
}

/** A tuning step: Describe* properties and the model URIs of its best training jobs. */
export interface TuningStepArgs extends StepArgs<"Tuning"> {
  readonly properties: TuningProperties;
  /**
   * The model artifacts of the `topK`-th best training job (0 is the best, up to 49), SDK
   * `get_top_model_s3_uri`: `s3://<bucket>/<prefix>/<job name>/output/model.tar.gz`.
   */
  topModelS3Uri(topK: number, location: TopModelLocation): PipelineVariable<string>;
}

/** `HyperParameterTuningJobName`, kept only under `useCustomJobPrefix`: the base name the SDK would have stamped. */
export function keptTuningJobName(settings: TuningJobSettings, first: TuningDefinition, ctx: RenderContext): string | undefined {
  if (!ctx.useCustomJobPrefix) return undefined;
  const base = settings.baseTuningJobName ?? baseNameFromImage(resolveImage(first.estimator.props.image, ctx), "training-job");
  return base.slice(0, KEPT_NAME_LENGTH.tuning);
}

/** Problems with the tuning job's own settings (empty when fine). */
export function settingsProblems(settings: TuningJobSettings): string[] {
  return settings.warmStart ? warmStartProblems(settings.warmStart) : [];
}

/** `HyperParameterTuningJobConfig` without objective and ranges (which a multi-algorithm tuner keeps per definition). */
export function renderTuningJobConfig(settings: TuningJobSettings, perJob: object = {}): object {
  return {
    Strategy: settings.strategy ?? "Bayesian",
    ResourceLimits: { MaxNumberOfTrainingJobs: settings.maxJobs ?? 1, MaxParallelTrainingJobs: settings.maxParallelJobs ?? 1, MaxRuntimeInSeconds: settings.maxRuntimeInSeconds },
    TrainingJobEarlyStoppingType: settings.earlyStoppingType ?? "Off",
    RandomSeed: settings.randomSeed,
    ...perJob,
  };
}

/** The `Arguments` of a tuning step over one estimator, in the SDK's key order. */
export function renderTuningArguments(tuner: TunerProps, inputs: TrainingChannels, ctx: RenderContext): object {
  const problems = [...definitionProblems(tuner), ...settingsProblems(tuner)];
  if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}.`);
  return {
    HyperParameterTuningJobName: keptTuningJobName(tuner, tuner, ctx),
    HyperParameterTuningJobConfig: renderTuningJobConfig(tuner, {
      HyperParameterTuningJobObjective: { Type: tuner.objectiveType ?? "Maximize", MetricName: tuner.objectiveMetricName },
      ParameterRanges: renderDefinitionRanges(tuner),
    }),
    TrainingJobDefinition: renderTrainingJobDefinition(tuner, inputs, ctx),
    WarmStartConfig: tuner.warmStart ? renderWarmStart(tuner.warmStart) : undefined,
  };
}

/**
 * Builds tuning step arguments: `inputs` are the values that make data dependencies, `render`
 * gives the step's `Arguments`.
 */
export function tuningStep(inputs: () => unknown, render: (ctx: RenderContext) => object): TuningStepArgs {
  const slot = new StepSlot();
  const properties = propertyProxy<TuningProperties>(slot.root());
  return {
    properties,
    topModelS3Uri(topK, location) {
      if (!Number.isInteger(topK) || topK < 0 || topK > 49) {
        throw new StepError(`topModelS3Uri(${topK}): a tuning step keeps its 50 best training jobs; give an index from 0 (the best) to 49.`);
      }
      const prefix = location.prefix ? [location.prefix] : [];
      return JoinNode.create("/", ["s3:/", location.bucket, ...prefix, properties.TrainingJobSummaries[topK]!.TrainingJobName, "output/model.tar.gz"]);
    },
    [STEP_ARGS]: {
      kind: "Tuning",
      slot,
      inputs,
      render: (ctx) => [{ Name: ctx.stepName, Type: "Tuning", Arguments: render(ctx) }],
    },
  };
}
