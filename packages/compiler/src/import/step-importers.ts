// Which importer writes each step Type. Keyed by the one table of step kinds: a Type added
// there does not compile until it is given an importer here, or the reason it has none yet.
import type { StepType } from "@sagepipe/expressions";
import { isJsonObject } from "./expressions.ts";
import type { StepImporter } from "./step-importer.ts";
import { autoMLImporter } from "./steps/automl.ts";
import { conditionImporter } from "./steps/condition.ts";
import { failImporter } from "./steps/fail.ts";
import { callbackImporter, lambdaImporter } from "./steps/output-parameter-steps.ts";
import { passThroughImporter } from "./steps/pass-through.ts";
import { emrImporter } from "./steps/emr.ts";
import { emrServerlessImporter } from "./steps/emr-serverless.ts";
import { modelImporter } from "./steps/model.ts";
import { processingImporter } from "./steps/processing.ts";
import { qualityCheckImporter } from "./steps/quality-check.ts";
import { registerModelImporter } from "./steps/register-model.ts";
import { transformImporter } from "./steps/transform.ts";
import { trainingImporter } from "./steps/training.ts";
import { tuningImporter } from "./steps/tuning.ts";
import { isNotebookJob } from "./steps/kept-job-name.ts";
import { notebookJobImporter } from "./steps/notebook-job.ts";

/** A Type the importer does not write yet, and why. */
export interface NotImported {
  readonly notYet: string;
}

export const STEP_IMPORTERS: Record<StepType, StepImporter | NotImported> = {
  Processing: processingImporter,
  Training: trainingImporter,
  Tuning: tuningImporter,
  Transform: transformImporter,
  Model: modelImporter,
  RegisterModel: registerModelImporter,
  AutoML: autoMLImporter,
  Compilation: { notYet: "sagepipe has no helper for the SDK v1's CompilationStep; @Compilation takes its CreateCompilationJob request as written" },
  EndpointConfig: passThroughImporter("EndpointConfig", "endpointConfig"),
  Endpoint: passThroughImporter("Endpoint", "endpoint"),
  InferenceComponent: passThroughImporter("InferenceComponent", "inferenceComponent"),
  QualityCheck: qualityCheckImporter,
  // Not a "yet": checkJob() generates the analysis configuration and uploads it content-addressed,
  // and the definition holds only the URI of the one the SDK uploaded.
  ClarifyCheck: { notYet: "the check's settings are in the analysis_config.json its first input points at, not in the definition, and checkJob() uploads the configuration it generates content-addressed (another URI)" },
  Condition: conditionImporter,
  Fail: failImporter,
  Lambda: lambdaImporter,
  Callback: callbackImporter,
  EMR: emrImporter,
  EMRServerless: emrServerlessImporter,
  BedrockCustomModel: passThroughImporter("BedrockCustomModel", "bedrockCustomModel"),
  BedrockCustomModelDeployment: passThroughImporter("BedrockCustomModelDeployment", "bedrockCustomModelDeployment"),
  BedrockModelImport: passThroughImporter("BedrockModelImport", "bedrockModelImport"),
  BedrockProvisionedModelThroughput: passThroughImporter("BedrockProvisionedModelThroughput", "bedrockProvisionedModelThroughput"),
  Lineage: passThroughImporter("Lineage", "lineage"),
};

/**
 * The importer of a step of `type`, when there is one. `step` (the definition's step) picks the
 * importer where one Type holds several helpers' steps: a Training step run by the notebook
 * scheduler is a notebook job.
 */
export function importerOf(type: string, step?: unknown): StepImporter | NotImported | undefined {
  const args = isJsonObject(step) ? step.Arguments : undefined;
  if (type === "Training" && isJsonObject(args) && isNotebookJob(args)) return notebookJobImporter;
  return Object.hasOwn(STEP_IMPORTERS, type) ? STEP_IMPORTERS[type as StepType] : undefined;
}
