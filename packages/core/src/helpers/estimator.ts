import type { Value } from "@sagepipe/expressions";
import { trainingStep, type EstimatorProps, type TrainingInputSpec, type TrainingStepArgs } from "../steps/training.ts";

/** An estimator: `.fit({ channel: input })` gives a training step's arguments. */
export interface Estimator {
  fit(inputs?: Readonly<Record<string, Value<string> | TrainingInputSpec>>): TrainingStepArgs;
}

/** SDK `Estimator` for any training image. */
export function estimator(props: EstimatorProps): Estimator {
  return { fit: (inputs = {}) => trainingStep(props, inputs) };
}

/** SDK `TrainingInput`. */
export function trainingInput(spec: TrainingInputSpec): TrainingInputSpec {
  return spec;
}
