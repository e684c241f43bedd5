import { requireRegion, type RenderContext } from "../steps/render-context.ts";
import { lookupImageUri, type ImageSpec } from "./image-uri.ts";

const IMAGE_REF = Symbol.for("sagepipe.imageRef");

/** An image looked up by framework and version; resolved with the pipeline's region when rendered. */
export interface ImageRef {
  readonly [IMAGE_REF]: ImageSpec;
}

/** An image given as a URI, or looked up. */
export type Image = string | ImageRef;

/**
 * The SDK's `image_uris.retrieve(framework, region, version, py_version)`, offline:
 * `imageUri({ framework: "xgboost", version: "1.0-1" })`.
 */
export function imageUri(spec: ImageSpec): ImageRef {
  return Object.freeze({ [IMAGE_REF]: Object.freeze({ ...spec }) });
}

/** The image's URI for this render. */
export function resolveImage(image: Image, ctx: RenderContext): string {
  if (typeof image === "string") return image;
  const spec = image[IMAGE_REF];
  return lookupImageUri(spec, spec.region ?? requireRegion(ctx, `the ${spec.framework} image lookup`));
}
