import { readFileSync } from "node:fs";
import { isExpression, JoinNode, ParameterNode, PropertyNode, type PipelineVariable, type Value } from "@sagepipe/expressions";
import { addGeneratedAsset } from "../assets/generated-asset.ts";
import { pyJsonDumps } from "../assets/python-text.ts";
import { sha256Hex } from "../assets/sdk-hash.ts";
import { sourceBundleEntries, sourceBundleProblems } from "../assets/source-bundle.ts";
import { tarGz, type TarEntry } from "../assets/tar-gz.ts";
import { lookupImageUri } from "../images/image-uri.ts";
import { requireBucket, requireRegion, StepError, type RenderContext } from "./render-context.ts";

/** The repack job's image: the SDK's (scikit-learn 1.2-1), which only runs our script. */
const REPACK_FRAMEWORK_VERSION = "1.2-1";
const REPACK_INSTANCE_TYPE = "ml.m5.large";
/** What the training container runs; the name is the SDK's, the script is ours (src/repack/). */
const LAUNCHER = "_repack_script_launcher.sh";
const SCRIPT = "_repack_model.py";
const OWN_FILES = [LAUNCHER, SCRIPT];

/** The SDK's description of the repack steps it adds to model steps. */
export const REPACK_DESCRIPTION = "Used to repack a model with customer scripts for a register/create model step";

/** A model whose inference code is packed into its archive at run time. */
export interface RepackSpec {
  /** The repack step's name, e.g. `MyModel-RepackModel-0`. */
  readonly name: string;
  readonly role: string;
  /** The archive to repack (an S3 URI or a pipeline variable holding one). */
  readonly modelData: Value<string>;
  /** The inference script; relative to `sourceDir` when that is given. */
  readonly entryPoint: string;
  readonly sourceDir?: string;
  readonly dependencies?: readonly string[];
  /** Where the repacked archive goes. */
  readonly outputPath: Value<string>;
}

/** `Steps.<repack step>.ModelArtifacts.S3ModelArtifacts`: the repacked archive. */
export function repackedModelData(name: string): PipelineVariable<string> & PropertyNode {
  return PropertyNode.create({ prefix: () => `Steps.${name}` }, [{ field: "ModelArtifacts" }, { field: "S3ModelArtifacts" }]);
}

/** Our repack script and its launcher, shipped with this package. */
function ownFiles(): TarEntry[] {
  return OWN_FILES.map((name) => ({ name, bytes: readFileSync(new URL(`../repack/${name}`, import.meta.url)) }));
}

/**
 * Packs the entry point (or source folder) and dependencies with our repack script as
 * `sourcedir.tar.gz`, content-addressed under the pipeline's code folder; returns its URI.
 */
function uploadRepackBundle(spec: RepackSpec, ctx: RenderContext): string {
  const bundle = { entryPoint: spec.entryPoint, ...(spec.sourceDir !== undefined ? { sourceDir: spec.sourceDir } : {}), ...(spec.dependencies ? { dependencies: spec.dependencies } : {}) };
  const problems = sourceBundleProblems(bundle, ctx);
  if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}. Paths are relative to the pipeline's source folder.`);
  const user = sourceBundleEntries(bundle, ctx).filter((e) => !OWN_FILES.includes(e.name));
  const bytes = tarGz([...user, ...ownFiles()]);
  const s3Uri = `s3://${requireBucket(ctx, "uploading the repack code")}/${ctx.pipelineName}/code/${sha256Hex(bytes)}/sourcedir.tar.gz`;
  addGeneratedAsset(ctx, s3Uri, "sourcedir.tar.gz", bytes);
  return s3Uri;
}

/** The SDK's framework hyperparameter form of the model archive: a String parameter as is, other variables as text. */
function modelArchive(modelData: Value<string>): Value<string> {
  if (!isExpression(modelData)) return pyJsonDumps(modelData);
  if (ParameterNode.is(modelData) && modelData.type === "String") return modelData as PipelineVariable<string>;
  return JoinNode.create("", [modelData as PipelineVariable<string>]);
}

/** The repack training job's `Arguments`, in the SDK's key order. */
export function renderRepackArguments(spec: RepackSpec, ctx: RenderContext): object {
  const region = requireRegion(ctx, "the repack step's image");
  const submitDirectory = uploadRepackBundle(spec, ctx);
  return {
    AlgorithmSpecification: { TrainingInputMode: "File", TrainingImage: lookupImageUri({ framework: "sklearn", version: REPACK_FRAMEWORK_VERSION }, region) },
    OutputDataConfig: { S3OutputPath: spec.outputPath },
    StoppingCondition: { MaxRuntimeInSeconds: 86400 },
    ResourceConfig: { VolumeSizeInGB: 30, InstanceCount: 1, InstanceType: REPACK_INSTANCE_TYPE },
    RoleArn: spec.role,
    InputDataConfig: [
      { DataSource: { S3DataSource: { S3DataType: "S3Prefix", S3Uri: spec.modelData, S3DataDistributionType: "FullyReplicated" } }, ChannelName: "training" },
    ],
    HyperParameters: {
      inference_script: pyJsonDumps(spec.entryPoint.slice(spec.entryPoint.lastIndexOf("/") + 1)),
      model_archive: modelArchive(spec.modelData),
      dependencies: pyJsonDumps(spec.dependencies?.length ? spec.dependencies.join(" ") : null),
      source_dir: pyJsonDumps(spec.sourceDir ?? null),
      sagemaker_submit_directory: pyJsonDumps(submitDirectory),
      sagemaker_program: pyJsonDumps(LAUNCHER),
      sagemaker_container_log_level: "20",
      sagemaker_region: pyJsonDumps(region),
    },
    DebugHookConfig: { S3OutputPath: spec.outputPath, CollectionConfigurations: [] },
    ProfilerConfig: { DisableProfiler: true },
  };
}
