import type { Value } from "@sagepipe/expressions";
import { imageUri } from "../images/image-ref.ts";
import type { ModelProps } from "../steps/model.ts";
import { modelOf, type Model } from "./model.ts";

/** A PyTorch model served by the AWS PyTorch inference container (SDK `PyTorchModel`). */
export interface PyTorchModelProps extends Omit<ModelProps, "image" | "entryPoint"> {
  readonly modelData: Value<string>;
  /** The inference script (local), packed into the model by a repack step. */
  readonly entryPoint: string;
  /** e.g. "2.1" (the newest 2.1.x image) or "2.1.0". */
  readonly frameworkVersion: string;
  /** @default the image's only Python version */
  readonly pyVersion?: string;
  /** @default the PyTorch inference image for the version, cpu or gpu by the instance type */
  readonly image?: ModelProps["image"];
}

/**
 * SDK `PyTorchModel`: the image is looked up by version (cpu or gpu by `create({ instanceType })`
 * or the first of `register({ inferenceInstances })`), and registrations carry Framework "PYTORCH".
 */
export function pytorchModel(props: PyTorchModelProps): Model {
  const { frameworkVersion, pyVersion, image, ...model } = props;
  const imageFor = (instanceType: string | undefined) =>
    image ?? imageUri({ framework: "pytorch", version: frameworkVersion, scope: "inference", ...(pyVersion ? { pyVersion } : {}), ...(instanceType ? { instanceType } : {}) });
  return modelOf((instanceType) => ({ ...model, image: imageFor(instanceType) }), { framework: "PYTORCH", frameworkVersion });
}
