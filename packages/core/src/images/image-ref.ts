import { isExpression, type PipelineVariable } from "@sagepipe/expressions";
import { requireRegion, type RenderContext } from "../steps/render-context.ts";
import { lookupImageUri, type ImageSpec } from "./image-uri.ts";

const IMAGE_REF = Symbol.for("sagepipe.imageRef");

/** An image looked up by framework and version; resolved with the pipeline's region when rendered. */
export interface ImageRef {
  readonly [IMAGE_REF]: ImageSpec;
}

/** An image given as a URI (or a pipeline variable holding one, e.g. another step's property), or looked up. */
export type Image = string | PipelineVariable<string> | ImageRef;

/**
 * The SDK's `image_uris.retrieve(framework, region, version, py_version)`, offline:
 * `imageUri({ framework: "xgboost", version: "1.0-1" })`.
 */
export function imageUri(spec: ImageSpec): ImageRef {
  return Object.freeze({ [IMAGE_REF]: Object.freeze({ ...spec }) });
}

/** The image's URI for this render. */
export function resolveImage(image: Image, ctx: RenderContext): string | PipelineVariable<string> {
  if (typeof image === "string" || isExpression(image)) return image as string | PipelineVariable<string>;
  const spec = (image as ImageRef)[IMAGE_REF];
  return lookupImageUri(spec, spec.region ?? requireRegion(ctx, `the ${spec.framework} image lookup`));
}
