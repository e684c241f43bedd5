import type { Value } from "@sagepipe/expressions";
import { resolveImage } from "../images/image-ref.ts";
import type { ModelProps } from "./model.ts";
import { requireRegion, type RenderContext } from "./render-context.ts";

/** Where the serving container finds code that a repack step put into the model's archive. */
export const REPACKED_CODE_DIR = "/opt/ml/model/code";

/** The framework facts a registered container may carry (SDK `model.register(framework=...)`). */
export interface ContainerFramework {
  /** e.g. "PYTORCH", "XGBOOST". @default none */
  readonly framework?: Value<string>;
  /** e.g. "2.1". @default none */
  readonly frameworkVersion?: Value<string>;
  /** A model similar to this one, for Inference Recommender. @default none */
  readonly nearestModelName?: Value<string>;
}

/** How one container is written. */
export interface ContainerForm {
  /** Write `Environment` even when empty, as `Model.prepare_container_def` does; the estimator form of `RegisterModel` writes neither. */
  readonly environment: "always" | "never";
  /** The model data the container serves (a repack step's output, when there is one). */
  readonly modelDataUrl: Value<string> | undefined;
  /** @default none */
  readonly framework?: ContainerFramework;
}

/** The script-mode variables that point a framework container at a repacked entry point. */
export function scriptModeEnv(entryPoint: string, ctx: RenderContext): Record<string, string> {
  return {
    SAGEMAKER_PROGRAM: entryPoint.slice(entryPoint.lastIndexOf("/") + 1),
    SAGEMAKER_SUBMIT_DIRECTORY: REPACKED_CODE_DIR,
    SAGEMAKER_CONTAINER_LOG_LEVEL: "20",
    SAGEMAKER_REGION: requireRegion(ctx, "a model with an entry point"),
  };
}

/** One container definition (`PrimaryContainer` / `Containers[i]`), in the SDK's key order. */
export function renderContainer(m: ModelProps, form: ContainerForm, ctx: RenderContext): object {
  const env = form.environment === "always"
    ? { ...(m.env ?? {}), ...(m.entryPoint !== undefined ? scriptModeEnv(m.entryPoint, ctx) : {}) }
    : undefined;
  return {
    Image: resolveImage(m.image, ctx),
    Environment: env,
    ModelDataUrl: form.modelDataUrl,
    Framework: form.framework?.framework,
    FrameworkVersion: form.framework?.frameworkVersion,
    NearestModelName: form.framework?.nearestModelName,
  };
}
