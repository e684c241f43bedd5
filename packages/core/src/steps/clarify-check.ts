import { isExpression, propertyProxy, type Properties } from "@sagepipe/expressions";
import { addGeneratedAsset } from "../assets/generated-asset.ts";
import { pyJsonDumps } from "../assets/python-text.ts";
import { sha256Hex } from "../assets/sdk-hash.ts";
import { clarifyImageUri } from "../images/check-images.ts";
import { checkProcessor, renderCheckKeys, type CheckJobProps, type CheckOptions, type ClarifyCheckProperties } from "./check-job.ts";
import {
  biasAnalysisConfig, biasConfigProblems, dataAnalysisConfig, predictedLabelConfig, predictorConfig, shapConfig, shapConfigProblems,
  type ClarifyBiasConfig, type ClarifyDataConfig, type ClarifyModelConfig, type ClarifyPredictedLabelConfig, type ClarifyShapConfig, type Column,
} from "./clarify-config.ts";
import { renderProcessingArguments } from "./processing.ts";
import { requireRegion, StepError, type RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";

/** Bias metrics to compute: "all" or their short names (e.g. ["CI", "DPL"]). */
export type BiasMethods = "all" | readonly string[];

/** A pre-training (data) bias check (SDK `DataBiasCheckConfig`). */
export interface DataBiasCheckConfig extends CheckOptions {
  readonly dataConfig: ClarifyDataConfig;
  readonly dataBiasConfig: ClarifyBiasConfig;
  /** @default "all" */
  readonly methods?: BiasMethods;
}

/** A post-training (model) bias check (SDK `ModelBiasCheckConfig`). */
export interface ModelBiasCheckConfig extends CheckOptions {
  readonly dataConfig: ClarifyDataConfig;
  readonly dataBiasConfig: ClarifyBiasConfig;
  readonly modelConfig: ClarifyModelConfig;
  readonly modelPredictedLabelConfig: ClarifyPredictedLabelConfig;
  /** @default "all" */
  readonly methods?: BiasMethods;
}

/** A SHAP explainability check (SDK `ModelExplainabilityCheckConfig`). */
export interface ModelExplainabilityCheckConfig extends CheckOptions {
  readonly dataConfig: ClarifyDataConfig;
  readonly modelConfig: ClarifyModelConfig;
  readonly explainabilityConfig: ClarifyShapConfig;
  /** Where the scores to explain are in the model's output. @default the whole output */
  readonly modelScores?: Column | ClarifyPredictedLabelConfig;
}

/** The three Clarify checks, by `CheckType`. */
export type ClarifyCheck =
  | { readonly type: "DATA_BIAS"; readonly config: DataBiasCheckConfig }
  | { readonly type: "MODEL_BIAS"; readonly config: ModelBiasCheckConfig }
  | { readonly type: "MODEL_EXPLAINABILITY"; readonly config: ModelExplainabilityCheckConfig };

/** A Clarify check step; `properties` are the constraints it calculated and compared with. */
export interface ClarifyCheckStepArgs extends StepArgs<"ClarifyCheck"> {
  readonly properties: Properties<ClarifyCheckProperties>;
}

/** The Clarify job's `analysis_config.json`, as the SDK writes it for each check. */
export function analysisConfig(check: ClarifyCheck): Record<string, unknown> {
  const out = dataAnalysisConfig(check.config.dataConfig);
  if (check.type === "DATA_BIAS") {
    Object.assign(out, biasAnalysisConfig(check.config.dataBiasConfig), { methods: { pre_training_bias: { methods: check.config.methods ?? "all" } } });
  } else if (check.type === "MODEL_BIAS") {
    const c = check.config;
    Object.assign(out, biasAnalysisConfig(c.dataBiasConfig), { methods: { post_training_bias: { methods: c.methods ?? "all" } } });
    out.predictor = { ...predictedLabelConfig(c.modelPredictedLabelConfig), ...predictorConfig(c.modelConfig) };
    if (c.modelPredictedLabelConfig.probabilityThreshold !== undefined) out.probability_threshold = c.modelPredictedLabelConfig.probabilityThreshold;
  } else {
    const c = check.config;
    const predictor = predictorConfig(c.modelConfig);
    if (typeof c.modelScores === "object") {
      if (c.modelScores.probabilityThreshold !== undefined) out.probability_threshold = c.modelScores.probabilityThreshold;
      Object.assign(predictor, predictedLabelConfig(c.modelScores));
    } else if (c.modelScores !== undefined) {
      predictor.label = c.modelScores;
    }
    out.methods = { shap: shapConfig(c.explainabilityConfig) };
    out.predictor = predictor;
  }
  (out.methods as Record<string, unknown>).report = { name: "report", title: "Analysis Report" };
  return out;
}

function checkProblems(check: ClarifyCheck): string[] {
  const d = check.config.dataConfig;
  const problems: string[] = [];
  if (d.s3AnalysisConfigOutputPath === undefined && isExpression(d.s3OutputPath)) {
    problems.push("dataConfig.s3OutputPath is a pipeline variable, so the analysis configuration cannot be uploaded there at build time; give dataConfig.s3AnalysisConfigOutputPath (an s3:// URI)");
  }
  const configPrefix = d.s3AnalysisConfigOutputPath ?? d.s3OutputPath;
  if (typeof configPrefix === "string" && !configPrefix.startsWith("s3://")) problems.push(`'${configPrefix}' is not an s3:// URI (the analysis configuration is uploaded there)`);
  if (check.type !== "MODEL_EXPLAINABILITY") problems.push(...biasConfigProblems(check.config.dataBiasConfig));
  else problems.push(...shapConfigProblems(check.config.explainabilityConfig));
  return problems;
}

/**
 * Uploads the analysis configuration beside the results, content-addressed:
 * `<s3AnalysisConfigOutputPath or s3OutputPath>/<sha256>/analysis_config.json`.
 */
function uploadAnalysisConfig(check: ClarifyCheck, ctx: RenderContext): string {
  const bytes = new TextEncoder().encode(pyJsonDumps(analysisConfig(check)));
  const d = check.config.dataConfig;
  const prefix = (d.s3AnalysisConfigOutputPath ?? (d.s3OutputPath as string)).replace(/\/+$/, "");
  const s3Uri = `${prefix}/${sha256Hex(bytes)}/analysis_config.json`;
  addGeneratedAsset(ctx, s3Uri, "analysis_config.json", bytes);
  return s3Uri;
}

function renderClarifyArguments(job: CheckJobProps, check: ClarifyCheck, ctx: RenderContext): object {
  const d = check.config.dataConfig;
  const image = clarifyImageUri(requireRegion(ctx, "the Clarify image"));
  const inputs = [
    { source: uploadAnalysisConfig(check, ctx), destination: "/opt/ml/processing/input/config", inputName: "analysis_config" },
    { source: d.s3DataInputPath, destination: "/opt/ml/processing/input/data", inputName: "dataset", s3CompressionType: d.s3CompressionType ?? "None" },
  ];
  const outputs = { analysis_result: { source: "/opt/ml/processing/output", destination: d.s3OutputPath } };
  return renderProcessingArguments(checkProcessor(job, image, job.env), { inputs, outputs }, ctx);
}

/** Clarify check step arguments (SDK `ClarifyCheckStep`). */
export function clarifyCheckStep(job: CheckJobProps, check: ClarifyCheck): ClarifyCheckStepArgs {
  const slot = new StepSlot();
  return {
    properties: propertyProxy<Properties<ClarifyCheckProperties>>(slot.root()),
    [STEP_ARGS]: {
      kind: "ClarifyCheck",
      slot,
      inputs: () => [job, check.config],
      render: (ctx) => {
        const problems = checkProblems(check);
        if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}.`);
        const modelName = check.type === "DATA_BIAS" ? undefined : check.config.modelConfig.modelName;
        return [
          {
            Name: ctx.stepName,
            Type: "ClarifyCheck",
            Arguments: renderClarifyArguments(job, check, ctx),
            ...renderCheckKeys(check.type, check.config, false),
            ...(modelName !== undefined ? { ModelName: modelName } : {}),
          },
        ];
      },
    },
  };
}
