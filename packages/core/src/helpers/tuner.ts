import { renderMultiAlgorithmArguments, type MultiAlgorithmTunerProps } from "../steps/multi-algorithm-tuning.ts";
import type { TrainingChannels } from "../steps/training-input.ts";
import type { TuningDefinition } from "../steps/tuning-definition.ts";
import { renderTuningArguments, tuningStep, type TunerProps, type TuningStepArgs } from "../steps/tuning.ts";

/** A hyperparameter tuner: `.fit({ channel: input })` gives a tuning step's arguments. */
export interface Tuner {
  fit(inputs?: TrainingChannels): TuningStepArgs;
}

/** A tuner over several algorithms: `.fit({ <estimator name>: { channel: input } })`. */
export interface MultiAlgorithmTuner<E extends Readonly<Record<string, TuningDefinition>>> {
  fit(inputs?: { readonly [K in keyof E]?: TrainingChannels }): TuningStepArgs;
}

/**
 * SDK `HyperparameterTuner`: runs the estimator's training job with hyperparameters drawn from
 * `hyperparameterRanges` (`continuous`, `integer`, `categorical`) to optimise one metric.
 * `warmStart` starts from earlier tuning jobs.
 */
export function hyperparameterTuner(props: TunerProps): Tuner {
  return { fit: (inputs = {}) => tuningStep(() => [props, inputs], (ctx) => renderTuningArguments(props, inputs, ctx)) };
}

/**
 * SDK `HyperparameterTuner.create(estimator_dict=...)`: one tuning job over several algorithms,
 * each with its own objective metric, ranges and metric definitions, named by the keys of
 * `estimators`. `.fit()` takes each estimator's channels under its name.
 */
export function multiAlgorithmTuner<const E extends Readonly<Record<string, TuningDefinition>>>(props: MultiAlgorithmTunerProps<E>): MultiAlgorithmTuner<E> {
  return {
    fit: (inputs = {}) => {
      const channels = inputs as Readonly<Record<string, TrainingChannels | undefined>>;
      return tuningStep(() => [props, channels], (ctx) => renderMultiAlgorithmArguments(props, channels, ctx));
    },
  };
}
