import type { StepType } from "@sagepipe/expressions";
import { runConditionStep, runFailStep } from "./control-steps.ts";
import { runModelStep, runRegisterModelStep } from "./model-steps.ts";
import { runProcessingStep } from "./processing-step.ts";
import type { StepHandler } from "./step-context.ts";
import { runTrainingStep } from "./training-step.ts";
import { runTransformStep } from "./transform-step.ts";

/** How the local runner treats one step type: runs it (a job takes a parallel slot and may be cached), or says why not. */
type LocalStep =
  | { readonly run: StepHandler; readonly job: boolean; readonly recordOnly?: true }
  | { readonly notLocal: string };

/**
 * Every step type of the step-kind table (@sagepipe/expressions), and what happens to it
 * locally; a type missing here fails `tsc`.
 */
const LOCAL_STEPS: Readonly<Record<StepType, LocalStep>> = {
  Processing: { run: runProcessingStep, job: true },
  Training: { run: runTrainingStep, job: true },
  Transform: { run: runTransformStep, job: true },
  Model: { run: runModelStep, job: false },
  RegisterModel: { run: runRegisterModelStep, job: false },
  Condition: { run: runConditionStep, job: false, recordOnly: true },
  Fail: { run: runFailStep, job: false, recordOnly: true },
  Lambda: { notLocal: "it calls an AWS Lambda function" },
  Callback: { notLocal: "it waits for a message on an SQS queue" },
  EMR: { notLocal: "it runs on an EMR cluster" },
  Tuning: { notLocal: "hyperparameter tuning is not run locally yet" },
  AutoML: { notLocal: "AutoML runs only in SageMaker" },
  Compilation: { notLocal: "SageMaker Neo compilation runs only in SageMaker" },
  QualityCheck: { notLocal: "model monitor images are not available locally" },
  ClarifyCheck: { notLocal: "Clarify images are not available locally" },
  EndpointConfig: { notLocal: "endpoints are not created locally" },
  Endpoint: { notLocal: "endpoints are not created locally" },
  InferenceComponent: { notLocal: "endpoints are not created locally" },
  EMRServerless: { notLocal: "it runs on an EMR Serverless application" },
  BedrockCustomModel: { notLocal: "it calls Amazon Bedrock" },
  BedrockCustomModelDeployment: { notLocal: "it calls Amazon Bedrock" },
  BedrockModelImport: { notLocal: "it calls Amazon Bedrock" },
  BedrockProvisionedModelThroughput: { notLocal: "it calls Amazon Bedrock" },
  Lineage: { notLocal: "it records lineage entities in SageMaker" },
};

const entries = Object.entries(LOCAL_STEPS) as [StepType, LocalStep][];

/** The step types that run locally, and how (no prototype: a Type such as "toString" finds nothing). */
export const STEP_HANDLERS: Readonly<Partial<Record<string, StepHandler>>> = Object.assign(
  Object.create(null) as Record<string, StepHandler>,
  Object.fromEntries(entries.flatMap(([type, s]) => ("run" in s ? [[type, s.run]] : []))),
);

/** Step types that start a job process (they take a parallel slot and may be cached). */
export const JOB_STEP_TYPES: ReadonlySet<string> = new Set(entries.flatMap(([type, s]) => ("run" in s && s.job ? [type] : [])));

/**
 * Step types whose result lives only in the run's record (no job, no store, no registry): when a
 * crash loses that result, a resume runs the step again to the same effect, so the runner saves
 * run.json for them lazily (`ActiveRun.saveSoon`) instead of waiting for a write at each.
 */
export const RECORD_ONLY_STEP_TYPES: ReadonlySet<string> = new Set(entries.flatMap(([type, s]) => ("run" in s && s.recordOnly ? [type] : [])));

/** Why a step type cannot run here, and what to do. */
export function unsupportedStepMessage(type: string): string {
  const known = Object.hasOwn(LOCAL_STEPS, type) ? LOCAL_STEPS[type as StepType] : undefined;
  const why = known && "notLocal" in known ? known.notLocal : "sagepipe has no local runner for it";
  return `${type} steps cannot run locally (${why}); run the pipeline on SageMaker, or keep this step out of local runs (e.g. behind a Condition on a parameter)`;
}
