import type { CheckJobProps } from "../steps/check-job.ts";
import { clarifyCheckStep, type ClarifyCheckStepArgs, type DataBiasCheckConfig, type ModelBiasCheckConfig, type ModelExplainabilityCheckConfig } from "../steps/clarify-check.ts";
import { qualityCheckStep, type DataQualityCheckConfig, type ModelQualityCheckConfig, type QualityCheckStepArgs } from "../steps/quality-check.ts";

/** A check job: each method gives a check step's arguments (SDK `CheckJobConfig` with a check config). */
export interface CheckJob {
  /** A data quality check (`@QualityCheck`), run by the Model Monitor analyzer. */
  dataQuality(config: DataQualityCheckConfig): QualityCheckStepArgs;
  /** A model quality check (`@QualityCheck`): predictions against ground truth. */
  modelQuality(config: ModelQualityCheckConfig): QualityCheckStepArgs;
  /** A pre-training bias check (`@ClarifyCheck`), run by SageMaker Clarify. */
  dataBias(config: DataBiasCheckConfig): ClarifyCheckStepArgs;
  /** A post-training bias check (`@ClarifyCheck`). */
  modelBias(config: ModelBiasCheckConfig): ClarifyCheckStepArgs;
  /** A SHAP explainability check (`@ClarifyCheck`). */
  modelExplainability(config: ModelExplainabilityCheckConfig): ClarifyCheckStepArgs;
}

/** SDK `CheckJobConfig`: the role and resources of check steps' jobs. */
export function checkJob(props: CheckJobProps): CheckJob {
  return {
    dataQuality: (config) => qualityCheckStep(props, "data", config),
    modelQuality: (config) => qualityCheckStep(props, "model", config),
    dataBias: (config) => clarifyCheckStep(props, { type: "DATA_BIAS", config }),
    modelBias: (config) => clarifyCheckStep(props, { type: "MODEL_BIAS", config }),
    modelExplainability: (config) => clarifyCheckStep(props, { type: "MODEL_EXPLAINABILITY", config }),
  };
}
