import {
  createModelStep, registerModelStep,
  type CreateOptions, type ModelCreateArgs, type ModelProps, type ModelRegisterArgs, type ModelSource, type PipelineModelProps, type RegisterOptions,
} from "../steps/model.ts";

/** A model: `.create()` and `.register()` give model-step arguments (SDK `ModelStep(step_args=...)`). */
export interface Model {
  /** Creates the model; the step is named `<name>-CreateModel` in the definition. */
  create(options?: CreateOptions): ModelCreateArgs;
  /** Registers a model package; the step is named `<name>-RegisterModel`. */
  register(options: RegisterOptions): ModelRegisterArgs;
}

/** A model step source whose image (or framework facts) depend on the instance type. */
export function modelOf(sourceFor: (instanceType: string | undefined) => ModelSource, registerDefaults: Partial<RegisterOptions> = {}): Model {
  return {
    create: (options = {}) => createModelStep("ModelCreate", sourceFor(options.instanceType)),
    register: (options) => {
      const first = options.inferenceInstances?.[0];
      return registerModelStep("ModelRegister", sourceFor(typeof first === "string" ? first : undefined), { ...registerDefaults, ...options });
    },
  };
}

/** SDK `Model`. With `entryPoint`, a repack step (`<name>-RepackModel-0`) packs the code into the model at run time. */
export function model(props: ModelProps): Model {
  return modelOf(() => props);
}

/** SDK `PipelineModel`: several models served in sequence by one endpoint (one container each). */
export function pipelineModel(props: PipelineModelProps): Model {
  return modelOf(() => props);
}

/** The tutorial's `CreateModelStep(model=..., inputs=...)`: the step keeps its own name. */
export function createModel(props: ModelProps, _options?: CreateOptions): ModelCreateArgs<"CreateModel"> {
  return createModelStep("CreateModel", props);
}

/**
 * The `RegisterModel(...)` step collection (emits `<name>-RegisterModel`): a single model (the
 * estimator form: bare containers; with `entryPoint`, a `<name>-RepackModel` step first) or
 * `models` (a pipeline model).
 */
export function registerModel(props: (ModelProps | PipelineModelProps) & RegisterOptions): ModelRegisterArgs<"RegisterModel"> {
  return registerModelStep("RegisterModel", props, props);
}
