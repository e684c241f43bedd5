import { basename } from "node:path";
import { pyJsonDumps } from "../assets/python-text.ts";
import { hashFilesOrDirs } from "../assets/sdk-hash.ts";
import { uploadSourceBundle, type SourceBundleSpec } from "../assets/source-bundle.ts";
import { imageUri } from "../images/image-ref.ts";
import { requireRegion, type RenderContext } from "../steps/render-context.ts";
import type { EstimatorProps, TrainingCode } from "../steps/training.ts";
import { makeEstimator, type Estimator } from "./estimator.ts";

/** A framework estimator (SDK `Framework`: SKLearn, PyTorch, ...): an estimator that runs your script. */
export interface FrameworkEstimatorProps extends EstimatorProps {
  /** The training script (relative to `sourceDir` when given, else to the pipeline's source folder). */
  readonly entryPoint: string;
  /** A local folder packed with the script into `sourcedir.tar.gz`, or an s3:// URI of such a bundle. @default the script alone */
  readonly sourceDir?: string;
  /** Extra files or folders packed at the root of the bundle. @default none */
  readonly dependencies?: readonly string[];
  /** Python logging level of the container (`sagemaker_container_log_level`). @default 20 (INFO) */
  readonly containerLogLevel?: number;
}

/** Where the bundle is: uploaded from local files (content-hashed URI), or already in S3. */
function submitDirectory(spec: SourceBundleSpec, ctx: RenderContext, baseJobName: string | undefined): string {
  if (spec.sourceDir?.startsWith("s3://")) return spec.sourceDir;
  const hashed = [spec.sourceDir ?? spec.entryPoint, ...(spec.dependencies ?? [])];
  return uploadSourceBundle(spec, hashFilesOrDirs(hashed, ctx.sourceDir), ctx, baseJobName).s3Uri;
}

/** The framework code of an estimator: the bundle and the `sagemaker_*` hyperparameters that point at it. */
export function frameworkTrainingCode(props: FrameworkEstimatorProps): TrainingCode {
  const spec: SourceBundleSpec = {
    entryPoint: props.entryPoint,
    ...(props.sourceDir !== undefined ? { sourceDir: props.sourceDir } : {}),
    ...(props.dependencies ? { dependencies: props.dependencies } : {}),
  };
  return {
    stage: (ctx) => ({
      sagemaker_submit_directory: pyJsonDumps(submitDirectory(spec, ctx, props.baseJobName)),
      sagemaker_program: pyJsonDumps(basename(props.entryPoint)),
      sagemaker_container_log_level: pyJsonDumps(props.containerLogLevel ?? 20),
      sagemaker_region: pyJsonDumps(requireRegion(ctx, "a framework estimator")),
    }),
  };
}

/**
 * A framework estimator for any framework image: your `entryPoint` (with `sourceDir`) is packed,
 * uploaded and run by the image; hyperparameters are JSON-encoded, as the SDK's framework
 * estimators send them.
 */
export function frameworkEstimator(props: FrameworkEstimatorProps): Estimator {
  return makeEstimator(props, frameworkTrainingCode(props));
}

/** SDK `SKLearn` estimator: the scikit-learn image of `frameworkVersion`, running `entryPoint`. */
export function sklearnEstimator(props: Omit<FrameworkEstimatorProps, "image"> & { readonly frameworkVersion: string; readonly pyVersion?: string }): Estimator {
  const { frameworkVersion, pyVersion, ...rest } = props;
  return frameworkEstimator({
    ...rest,
    image: imageUri({ framework: "sklearn", version: frameworkVersion, ...(pyVersion ? { pyVersion } : {}) }),
  });
}
