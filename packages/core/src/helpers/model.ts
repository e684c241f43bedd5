import { createModelStep, registerModelStep, type CreateOptions, type ModelCreateArgs, type ModelProps, type ModelRegisterArgs, type RegisterOptions } from "../steps/model.ts";

/** A model: `.create()` and `.register()` give model-step arguments (SDK `ModelStep(step_args=...)`). */
export interface Model {
  /** Creates the model; the step is named `<name>-CreateModel` in the definition. */
  create(options?: CreateOptions): ModelCreateArgs;
  /** Registers a model package; the step is named `<name>-RegisterModel`. */
  register(options: RegisterOptions): ModelRegisterArgs;
}

/** SDK `Model`. */
export function model(props: ModelProps): Model {
  return {
    create: () => createModelStep("ModelCreate", props),
    register: (options) => registerModelStep("ModelRegister", props, options),
  };
}

/** The tutorial's `CreateModelStep(model=..., inputs=...)`: the step keeps its own name. */
export function createModel(props: ModelProps, _options?: CreateOptions): ModelCreateArgs<"CreateModel"> {
  return createModelStep("CreateModel", props);
}

/** The tutorial's `RegisterModel(...)` step collection (emits `<name>-RegisterModel`). */
export function registerModel(props: ModelProps & RegisterOptions): ModelRegisterArgs<"RegisterModel"> {
  return registerModelStep("RegisterModel", props, props);
}
