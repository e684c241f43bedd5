import { renderWarmStart } from "./warm-start.ts";
import { StepError, type RenderContext } from "./render-context.ts";
import type { TrainingChannels } from "./training-input.ts";
import { definitionProblems, renderDefinitionRanges, renderTrainingJobDefinition, type TuningDefinition } from "./tuning-definition.ts";
import { keptTuningJobName, renderTuningJobConfig, settingsProblems, type TuningJobSettings } from "./tuning.ts";

/** A tuner over several algorithms (SDK `HyperparameterTuner.create(estimator_dict=...)`). */
export interface MultiAlgorithmTunerProps<E extends Readonly<Record<string, TuningDefinition>>> extends TuningJobSettings {
  /**
   * One definition per algorithm, by name (the definition's `DefinitionName`): its estimator,
   * objective metric, ranges and metric definitions.
   */
  readonly estimators: E;
}

/** `DefinitionName`: 1 to 64 letters, digits and hyphens, starting and ending with a letter or digit. */
const DEFINITION_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}$/;

/** Problems with the tuner (empty when fine), each prefixed with its estimator's name. */
export function multiAlgorithmProblems(props: MultiAlgorithmTunerProps<Readonly<Record<string, TuningDefinition>>>, inputs: Readonly<Record<string, TrainingChannels | undefined>>): string[] {
  const names = Object.keys(props.estimators);
  const problems = settingsProblems(props);
  if (!names.length) problems.push("estimators is empty: give at least one estimator by name");
  for (const name of names) {
    if (!DEFINITION_NAME.test(name)) problems.push(`estimator name '${name}' must be 1 to 64 letters, digits or hyphens (it becomes the DefinitionName)`);
    problems.push(...definitionProblems(props.estimators[name]!).map((p) => `${name}: ${p}`));
  }
  for (const name of Object.keys(inputs)) if (!names.includes(name)) problems.push(`fit() has inputs for '${name}', which is not one of the estimators (${names.join(", ")})`);
  return problems;
}

/**
 * The `Arguments` of a multi-algorithm tuning step, in the SDK's key order: the job config has no
 * objective or ranges; `TrainingJobDefinitions` holds one definition per estimator, sorted by name
 * as the SDK sorts them, each with its `DefinitionName`, `TuningObjective` and `HyperParameterRanges`.
 */
export function renderMultiAlgorithmArguments(
  props: MultiAlgorithmTunerProps<Readonly<Record<string, TuningDefinition>>>,
  inputs: Readonly<Record<string, TrainingChannels | undefined>>,
  ctx: RenderContext,
): object {
  const problems = multiAlgorithmProblems(props, inputs);
  if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}.`);
  const names = Object.keys(props.estimators).sort();
  const definitions = names.map((name) => {
    const def = props.estimators[name]!;
    return renderTrainingJobDefinition(def, inputs[name] ?? {}, ctx, {
      DefinitionName: name,
      TuningObjective: { Type: props.objectiveType ?? "Maximize", MetricName: def.objectiveMetricName },
      HyperParameterRanges: renderDefinitionRanges(def),
    });
  });
  return {
    HyperParameterTuningJobName: keptTuningJobName(props, props.estimators[names[0]!]!, ctx),
    HyperParameterTuningJobConfig: renderTuningJobConfig(props),
    TrainingJobDefinitions: definitions,
    WarmStartConfig: props.warmStart ? renderWarmStart(props.warmStart) : undefined,
  };
}
