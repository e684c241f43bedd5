import { ParameterNode } from "@sagepipe/expressions";
import { getPipelineMetadata, type ExperimentConfig, type PipelineOptions } from "../metadata/pipeline-metadata.ts";
import { getStepMetadata, type StepMetadata } from "../metadata/step-metadata.ts";
import { STEP_METHOD } from "../decorators/step-method.ts";
import { placeError, StepError } from "../steps/render-context.ts";
import { internals, isStepArgs, type StepArgs } from "../steps/step-args.ts";
import type { StepSlot } from "../steps/step-slot.ts";

/** One step of an evaluated pipeline. */
export interface StepRecord {
  readonly meta: StepMetadata;
  readonly args: StepArgs;
  readonly slot: StepSlot;
  /** Steps this one depends on explicitly (depends-on). */
  readonly dependsOn: readonly StepRecord[];
}

/** A pipeline class instantiated and every step method called once. */
export interface CollectedPipeline {
  readonly className: string;
  readonly options: PipelineOptions;
  readonly parameters: readonly ParameterNode[];
  /** Steps in declaration order. */
  readonly steps: readonly StepRecord[];
  readonly bySlot: ReadonlyMap<StepSlot, StepRecord>;
  /** The experiment config, a function of the instance already called; undefined = the default. */
  readonly experimentConfig: ExperimentConfig | null | undefined;
}

/** Instantiates the class and calls each step method; throws StepError on the user's mistakes. */
export function collectPipeline(cls: new () => object): CollectedPipeline {
  const options = getPipelineMetadata(cls);
  if (!options) throw new StepError(`${cls.name} is not decorated with @Pipeline({ name: ... }).`);
  const instance = new cls() as Record<string, unknown>;
  const parameters = Object.keys(instance)
    .map((k) => instance[k])
    .filter(ParameterNode.is);
  const metas = getStepMetadata(cls);
  const partial = metas.map((meta) => {
    const method = instance[meta.method] as () => StepArgs;
    const args = method.call(instance);
    return { meta, args, slot: internals(args).slot };
  });
  const bySlot = new Map<StepSlot, StepRecord>();
  const byMethod = new Map(partial.map((p) => [p.meta.method, p]));
  const steps: StepRecord[] = partial.map((p) => {
    const record: StepRecord = { ...p, dependsOn: [] };
    bySlot.set(p.slot, record);
    return record;
  });
  steps.forEach((record, i) => {
    const thunk = record.meta.options.dependsOn as unknown;
    if (!thunk) return;
    const place = { method: record.meta.method, isMethod: true };
    if (typeof thunk !== "function") {
      throw new StepError(`${cls.name}.${record.meta.method}: dependsOn must be a function of the instance that lists step methods, e.g. dependsOn: (self) => [self.prepare], not ${JSON.stringify(thunk)}.`, place);
    }
    let listed: unknown;
    try {
      listed = (thunk as (self: object) => unknown)(instance);
    } catch (e) {
      placeError(e, place);
      throw e;
    }
    if (!Array.isArray(listed)) throw new StepError(`${cls.name}.${record.meta.method}: dependsOn must return an array of step methods, e.g. dependsOn: (self) => [self.prepare].`, place);
    const targets = listed.map((t: unknown) => {
      const method = typeof t === "function" ? (t as { [STEP_METHOD]?: string })[STEP_METHOD] : undefined;
      const found = method !== undefined ? byMethod.get(method) : isStepArgs(t) ? bySlot.get(internals(t).slot) : undefined;
      if (!found) {
        throw new StepError(`${cls.name}.${record.meta.method}: dependsOn lists something that is not a step method of ${cls.name}. List step methods, e.g. dependsOn: (self) => [self.process].`, place);
      }
      return bySlot.get(found.slot)!;
    });
    steps[i] = { ...record, dependsOn: targets };
    bySlot.set(record.slot, steps[i]!);
  });
  const config = options.experimentConfig;
  const experimentConfig = typeof config === "function" ? config(instance) : config;
  return { className: cls.name, options, parameters, steps, bySlot, experimentConfig };
}
