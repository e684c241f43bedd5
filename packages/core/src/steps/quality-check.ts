import { isExpression, propertyProxy, type PipelineVariable, type Properties, type Value } from "@sagepipe/expressions";
import { uploadCode } from "../assets/code-upload.ts";
import { pyJsonDumps } from "../assets/python-text.ts";
import { modelMonitorImageUri } from "../images/check-images.ts";
import { checkProcessor, renderCheckKeys, type CheckJobProps, type CheckOptions, type QualityCheckProperties } from "./check-job.ts";
import type { DatasetFormat } from "./dataset-format.ts";
import { renderProcessingArguments, type ProcessingInputSpec } from "./processing.ts";
import { requireRegion, StepError, type RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";

/** What a data or model quality check looks at (SDK `QualityCheckConfig`). */
export interface QualityCheckConfig extends CheckOptions {
  /** The dataset to baseline: an S3 URI or a pipeline variable holding one. */
  readonly baselineDataset: Value<string>;
  readonly datasetFormat: DatasetFormat;
  /** Where the statistics and constraints go. @default s3://<bucket>/<pipeline>/<execution id>/<step>/output/quality_check_output */
  readonly outputS3Uri?: Value<string>;
  /** A script run on the analysis results: a local file (uploaded) or an S3 URI. @default none */
  readonly postAnalyticsProcessorScript?: string;
  /** Compare with these statistics (S3 URI) instead of the registered baseline. @default none */
  readonly suppliedBaselineStatistics?: Value<string>;
}

/** A data quality check (SDK `DataQualityCheckConfig`). */
export interface DataQualityCheckConfig extends QualityCheckConfig {
  /** A script run on each record first: a local file (uploaded) or an S3 URI. @default none */
  readonly recordPreprocessorScript?: string;
}

/** A model quality check (SDK `ModelQualityCheckConfig`): predictions against ground truth. */
export interface ModelQualityCheckConfig extends QualityCheckConfig {
  readonly problemType: "Regression" | "BinaryClassification" | "MulticlassClassification" | PipelineVariable<string>;
  /** Index or JSONPath of the predicted label. @default none */
  readonly inferenceAttribute?: string | number;
  /** Index or JSONPath of the probabilities. @default none */
  readonly probabilityAttribute?: string | number;
  /** Index or JSONPath of the actual label. @default none */
  readonly groundTruthAttribute?: string | number;
  /** Threshold turning probabilities into labels. @default none */
  readonly probabilityThresholdAttribute?: string | number;
}

/** A quality check step; `properties` are the baselines it calculated and compared with. */
export interface QualityCheckStepArgs extends StepArgs<"QualityCheck"> {
  readonly properties: Properties<QualityCheckProperties>;
}

const BASE = "/opt/ml/processing";
const OUTPUT = `${BASE}/output`;
const DATASET_INPUT = "baseline_dataset_input";

function scriptInput(script: string | undefined, name: string, ctx: RenderContext): { input: ProcessingInputSpec; path: string } | undefined {
  if (script === undefined) return undefined;
  const destination = `${BASE}/input/${name}`;
  return { input: { source: uploadCode(script, ctx), destination, inputName: name }, path: `${destination}/${script.slice(script.lastIndexOf("/") + 1)}` };
}

function datasetProblems(c: QualityCheckConfig): string[] {
  if (isExpression(c.baselineDataset) || (c.baselineDataset as string).startsWith("s3://")) return [];
  return [`baselineDataset '${String(c.baselineDataset)}' is not an S3 URI; upload the dataset and give its s3:// URI (or a pipeline variable holding one)`];
}

function modelQualityEnv(c: ModelQualityCheckConfig): Record<string, Value<string>> {
  const text = (v: string | number | undefined) => (v === undefined ? undefined : String(v));
  return Object.fromEntries(
    Object.entries({
      analysis_type: "MODEL_QUALITY",
      problem_type: c.problemType,
      inference_attribute: text(c.inferenceAttribute),
      probability_attribute: text(c.probabilityAttribute),
      ground_truth_attribute: text(c.groundTruthAttribute),
      probability_threshold_attribute: text(c.probabilityThresholdAttribute),
    }).filter(([, v]) => v !== undefined),
  ) as Record<string, Value<string>>;
}

/** The `Arguments` of a quality check: the Model Monitor analyzer's processing job, as the SDK builds it. */
function renderQualityArguments(job: CheckJobProps, c: DataQualityCheckConfig | ModelQualityCheckConfig, model: boolean, ctx: RenderContext): object {
  const post = scriptInput(c.postAnalyticsProcessorScript, "post_analytics_processor_script_input", ctx);
  const record = model ? undefined : scriptInput((c as DataQualityCheckConfig).recordPreprocessorScript, "record_preprocessor_script_input", ctx);
  const datasetPath = `${BASE}/input/${DATASET_INPUT}`;
  const env: Record<string, Value<string>> = {
    ...(job.env ?? {}),
    output_path: OUTPUT,
    publish_cloudwatch_metrics: "Disabled",
    dataset_format: pyJsonDumps(c.datasetFormat),
    ...(record ? { record_preprocessor_script: record.path } : {}),
    ...(post ? { post_analytics_processor_script: post.path } : {}),
    dataset_source: datasetPath,
    ...(model ? modelQualityEnv(c as ModelQualityCheckConfig) : {}),
  };
  const inputs = [{ source: c.baselineDataset, destination: datasetPath, inputName: DATASET_INPUT }, post?.input, record?.input].filter((i) => i !== undefined);
  const output = c.outputS3Uri !== undefined ? { source: OUTPUT, destination: c.outputS3Uri } : OUTPUT;
  const image = modelMonitorImageUri(requireRegion(ctx, "the Model Monitor image"));
  return renderProcessingArguments(checkProcessor(job, image, env), { inputs, outputs: { quality_check_output: output } }, ctx);
}

/** Quality check step arguments (SDK `QualityCheckStep`); `kind` says what is checked. */
export function qualityCheckStep(job: CheckJobProps, kind: "data" | "model", config: DataQualityCheckConfig | ModelQualityCheckConfig): QualityCheckStepArgs {
  const slot = new StepSlot();
  const checkType = kind === "data" ? "DATA_QUALITY" : "MODEL_QUALITY";
  return {
    properties: propertyProxy<Properties<QualityCheckProperties>>(slot.root()),
    [STEP_ARGS]: {
      kind: "QualityCheck",
      slot,
      inputs: () => [job, config],
      render: (ctx) => {
        const problems = datasetProblems(config);
        if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}.`);
        return [
          {
            Name: ctx.stepName,
            Type: "QualityCheck",
            Arguments: renderQualityArguments(job, config, kind === "model", ctx),
            ...renderCheckKeys(checkType, config, true),
          },
        ];
      },
    },
  };
}
