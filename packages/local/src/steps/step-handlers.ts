import { runConditionStep, runFailStep } from "./control-steps.ts";
import { runModelStep, runRegisterModelStep } from "./model-steps.ts";
import { runProcessingStep } from "./processing-step.ts";
import type { StepHandler } from "./step-context.ts";
import { runTrainingStep } from "./training-step.ts";
import { runTransformStep } from "./transform-step.ts";

/** The step types that run locally, and how. */
export const STEP_HANDLERS: Readonly<Record<string, StepHandler>> = {
  Processing: runProcessingStep,
  Training: runTrainingStep,
  Transform: runTransformStep,
  Model: runModelStep,
  RegisterModel: runRegisterModelStep,
  Condition: runConditionStep,
  Fail: runFailStep,
};

/** Step types that start a job process (they take a parallel slot and may be cached). */
export const JOB_STEP_TYPES: ReadonlySet<string> = new Set(["Processing", "Training", "Transform"]);

const WHY_NOT: Readonly<Record<string, string>> = {
  Lambda: "it calls an AWS Lambda function",
  Callback: "it waits for a message on an SQS queue",
  EMR: "it runs on an EMR cluster",
  Tuning: "hyperparameter tuning is not run locally yet",
  AutoML: "AutoML runs only in SageMaker",
  QualityCheck: "model monitor images are not available locally",
  ClarifyCheck: "Clarify images are not available locally",
  EndpointConfig: "endpoints are not created locally",
  Endpoint: "endpoints are not created locally",
};

/** Why a step type cannot run here, and what to do. */
export function unsupportedStepMessage(type: string): string {
  const why = WHY_NOT[type] ?? "sagepipe has no local runner for it";
  return `${type} steps cannot run locally (${why}); run the pipeline on SageMaker, or keep this step out of local runs (e.g. behind a Condition on a parameter)`;
}
