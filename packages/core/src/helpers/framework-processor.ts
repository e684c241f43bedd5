import { basename } from "node:path";
import { addGeneratedAsset } from "../assets/generated-asset.ts";
import { hashFilesOrDirs, hashObject } from "../assets/sdk-hash.ts";
import { uploadSourceBundle, type SourceBundleSpec } from "../assets/source-bundle.ts";
import { processingStep, type ProcessingOutputs, type ProcessingRunArgs, type ProcessingStepArgs, type ProcessorProps, type StageCode } from "../steps/processing.ts";
import { requireBucket, StepError } from "../steps/render-context.ts";

/** What a framework processor's `.run()` takes: a local entry point, optionally inside a source folder. */
export interface FrameworkRunArgs<O extends ProcessingOutputs, P extends string> extends Omit<ProcessingRunArgs<O, P>, "code"> {
  /** The script to run (relative to `sourceDir` when given, else to the pipeline's source folder). */
  readonly code: string;
  /** A folder packed with the script into `sourcedir.tar.gz` (a `requirements.txt` in it is installed). @default the script alone */
  readonly sourceDir?: string;
  /** Extra files or folders packed at the root of the bundle. @default none */
  readonly dependencies?: readonly string[];
}

/** A framework processor: `.run({ code, sourceDir })` gives a processing step's arguments. */
export interface FrameworkProcessor {
  run<O extends ProcessingOutputs = {}, P extends string = never>(args: FrameworkRunArgs<O, P>): ProcessingStepArgs<O, P>;
}

const CODE_DIR = "/opt/ml/processing/input/code/";
const ENTRYPOINT_DIR = "/opt/ml/processing/input/entrypoint";

/** The launcher (`runproc.sh`) that unpacks the bundle, installs requirements and runs the script. */
export function frameworkLauncher(command: readonly string[], script: string): string {
  return [
    "#!/bin/bash",
    "",
    `cd ${CODE_DIR}`,
    "tar -xzf sourcedir.tar.gz",
    "",
    "# Exit on any error. SageMaker uses error code to mark failed job.",
    "set -e",
    "",
    "if [[ -f 'requirements.txt' ]]; then",
    "    # Some py3 containers has typing, which may breaks pip install",
    "    pip uninstall --yes typing",
    "",
    "    pip install -r requirements.txt",
    "fi",
    "",
    `${command.join(" ")} ${script} "$@"`,
    "",
  ].join("\n");
}

/** The paths the SDK hashes for a processing job's code: the script and the source folder (when local), and dependencies. */
function codeHashPaths(spec: SourceBundleSpec): string[] {
  return [...(spec.sourceDir !== undefined ? [spec.entryPoint, spec.sourceDir] : [spec.entryPoint]), ...(spec.dependencies ?? [])];
}

function stageFramework(props: ProcessorProps, spec: SourceBundleSpec): StageCode {
  return (ctx) => {
    if (spec.entryPoint.startsWith("s3://")) {
      throw new StepError(`Step ${ctx.stepName}: frameworkProcessor runs local code; '${spec.entryPoint}' is in S3. Use scriptProcessor({ command, ... }).run({ code: "${spec.entryPoint}" }) for code already in S3.`);
    }
    const launcher = frameworkLauncher(props.command ?? ["python"], basename(spec.entryPoint));
    const files = hashFilesOrDirs(codeHashPaths(spec), ctx.sourceDir);
    // A plain session's job folder holds the launcher too: its stamp covers both.
    const bundle = uploadSourceBundle(spec, ctx.codeLocation === "job" ? hashObject(`${files}/${hashObject(launcher)}`) : files, ctx, props.baseJobName);
    const launcherUri = ctx.codeLocation === "job"
      ? `${bundle.folder}/runproc.sh`
      : `s3://${requireBucket(ctx, "uploading local code")}/${ctx.pipelineName}/code/${hashObject(launcher)}/runproc.sh`;
    addGeneratedAsset(ctx, launcherUri, "runproc.sh", Buffer.from(launcher, "utf8"));
    return {
      inputs: [
        { source: bundle.s3Uri, destination: CODE_DIR, inputName: "code" },
        { source: launcherUri, destination: ENTRYPOINT_DIR, inputName: "entrypoint" },
      ],
      entrypoint: ["/bin/bash", `${ENTRYPOINT_DIR}/runproc.sh`],
    };
  };
}

/**
 * SDK `FrameworkProcessor`: runs a script from a source folder in a framework image
 * (`image: imageUri({ framework: "sklearn", version: "1.2-1" })`). The folder is packed as
 * `sourcedir.tar.gz`; a generated `runproc.sh` unpacks it and runs the script with `command`.
 * @param props `command` defaults to ["python"].
 */
export function frameworkProcessor(props: ProcessorProps): FrameworkProcessor {
  return {
    run: (args) => {
      const { code, sourceDir, dependencies, ...rest } = args;
      const spec: SourceBundleSpec = { entryPoint: code, ...(sourceDir !== undefined ? { sourceDir } : {}), ...(dependencies ? { dependencies } : {}) };
      return processingStep(props, rest, stageFramework(props, spec));
    },
  };
}
