import { isExpression, type Value } from "@sagepipe/expressions";
import { autoMLStep, type AutoMLInputSpec, type AutoMLProps, type AutoMLStepArgs } from "../steps/automl.ts";
import { model, type Model } from "./model.ts";

/** The environment variables of the best candidate's inference container that its model needs (`bestModel()`'s `env`, in this order). */
export const AUTOML_BEST_MODEL_ENV = [
  "MODEL_NAME", "SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT", "SAGEMAKER_SUBMIT_DIRECTORY",
  "SAGEMAKER_INFERENCE_SUPPORTED", "SAGEMAKER_INFERENCE_OUTPUT", "SAGEMAKER_PROGRAM",
] as const;

/** An AutoML step, and the model of its best candidate. */
export interface AutoMLFit extends AutoMLStepArgs {
  /**
   * SDK `AutoMLStep.get_best_auto_ml_model`: a model of the best candidate's first inference
   * container (image, artifacts, environment), for `.create()` / `.register()` in model steps.
   */
  bestModel(options: { readonly role: string }): Model;
}

/** An AutoML job: `.fit(inputs)` gives an AutoML step's arguments. */
export interface AutoMLJob {
  /** Plain S3 URIs use the job's `targetAttributeName`; channels say training or validation. */
  fit(inputs: Value<string> | AutoMLInputSpec | readonly AutoMLInputSpec[]): AutoMLFit;
}

function channels(props: AutoMLProps, inputs: Value<string> | AutoMLInputSpec | readonly AutoMLInputSpec[]): AutoMLInputSpec[] {
  if (typeof inputs === "string" || isExpression(inputs)) {
    return [{
      inputs: inputs as Value<string>,
      targetAttributeName: props.targetAttributeName ?? "",
      ...(props.compressionType ? { compression: props.compressionType } : {}),
      ...(props.contentType !== undefined ? { contentType: props.contentType } : {}),
    }];
  }
  return Array.isArray(inputs) ? [...inputs] : [inputs as AutoMLInputSpec];
}

/** SDK `AutoML` (Autopilot v1 in ENSEMBLING mode, as pipelines require). */
export function autoML(props: AutoMLProps): AutoMLJob {
  return {
    fit: (inputs) => {
      const step = autoMLStep(props, channels(props, inputs));
      return {
        ...step,
        bestModel: ({ role }) => {
          const container = step.properties.BestCandidate.InferenceContainers[0]!;
          return model({
            image: container.Image,
            modelData: container.ModelDataUrl,
            env: Object.fromEntries(AUTOML_BEST_MODEL_ENV.map((k) => [k, container.Environment[k]!])),
            role,
          });
        },
      };
    },
  };
}

/** SDK `AutoMLInput`. */
export function autoMLInput(spec: AutoMLInputSpec): AutoMLInputSpec {
  return spec;
}
