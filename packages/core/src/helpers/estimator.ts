import type { Value } from "@sagepipe/expressions";
import { trainingStep, type EstimatorProps, type TrainingCode, type TrainingInputSpec, type TrainingStepArgs } from "../steps/training.ts";

/** An estimator: `.fit({ channel: input })` gives a training step's arguments. */
export interface Estimator {
  fit(inputs?: Readonly<Record<string, Value<string> | TrainingInputSpec>>): TrainingStepArgs;
  /** What it was made with (a tuner reads these). */
  readonly props: EstimatorProps;
  /** Framework-mode code, for framework estimators. */
  readonly code?: TrainingCode;
}

/** An estimator over props and, for framework estimators, their code. */
export function makeEstimator(props: EstimatorProps, code?: TrainingCode): Estimator {
  return { props, ...(code ? { code } : {}), fit: (inputs = {}) => trainingStep(props, inputs, code) };
}

/** SDK `Estimator` for any training image. */
export function estimator(props: EstimatorProps): Estimator {
  return makeEstimator(props);
}

/** SDK `TrainingInput`. */
export function trainingInput(spec: TrainingInputSpec): TrainingInputSpec {
  return spec;
}
