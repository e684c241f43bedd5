import type { TrainingChannels } from "../steps/training-input.ts";
import { tuningStep, type TunerProps, type TuningStepArgs } from "../steps/tuning.ts";

/** A hyperparameter tuner: `.fit({ channel: input })` gives a tuning step's arguments. */
export interface Tuner {
  fit(inputs?: TrainingChannels): TuningStepArgs;
}

/**
 * SDK `HyperparameterTuner`: runs the estimator's training job with hyperparameters drawn from
 * `hyperparameterRanges` (`continuous`, `integer`, `categorical`) to optimise one metric.
 */
export function hyperparameterTuner(props: TunerProps): Tuner {
  return { fit: (inputs = {}) => tuningStep(props, inputs) };
}
