// `--fetch-code`: code a step reads from S3 becomes a local code asset. The importer only
// recognizes the forms a helper would rebuild from a local file and records what to download;
// the CLI downloads it (through S3) before writing the class.
import { frameworkLauncher, pyJsonDumps } from "@sagepipe/core";
import { isJsonObject } from "../expressions.ts";
import type { ImportScope } from "../import-scope.ts";

const CODE_DIR = "/opt/ml/processing/input/code";
const DEFAULTS: Readonly<Record<string, string>> = { S3DataType: "S3Prefix", S3InputMode: "File", S3DataDistributionType: "FullyReplicated", S3CompressionType: "None" };

/** A processing job's script as `processor({ command }).run({ code })` stages it: the last input, named "code", and the entrypoint running it. */
export interface ProcessingScript {
  /** The inputs before the code's. */
  readonly inputs: readonly unknown[];
  /** The entrypoint without the script's path (`["python3"]`). */
  readonly command: readonly string[];
  /** The local path the class refers to. */
  readonly code: string;
  /** Where the definition has it. */
  readonly uri: string;
}

/** The processing script to fetch, when the step stages one as processor().run({ code }) does and --fetch-code is on. */
export function processingScript(stepName: string, inputs: readonly unknown[] | undefined, entrypoint: readonly unknown[] | undefined, scope: ImportScope): ProcessingScript | undefined {
  if (!scope.fetchCode || !inputs?.length || !entrypoint || entrypoint.length < 2 || !entrypoint.every((e) => typeof e === "string")) return undefined;
  const last = inputs[inputs.length - 1];
  if (!isJsonObject(last) || last.InputName !== "code" || last.AppManaged !== false || Object.keys(last).length !== 3 || !isJsonObject(last.S3Input)) return undefined;
  const s3 = last.S3Input;
  const uri = s3.S3Uri;
  if (typeof uri !== "string" || s3.LocalPath !== CODE_DIR || Object.keys(s3).length !== 6 || Object.entries(DEFAULTS).some(([k, v]) => s3[k] !== v)) return undefined;
  const file = /^s3:\/\/[^/]+\/(?:.*\/)?([^/]+)$/.exec(uri)?.[1];
  if (file === undefined || file === "." || file === ".." || entrypoint[entrypoint.length - 1] !== `${CODE_DIR}/${file}`) return undefined;
  const code = scope.fetchCode(uri, stepName, file, false);
  return { inputs: inputs.slice(0, -1), command: entrypoint.slice(0, -1) as string[], code, uri };
}

/** A framework processor's code as frameworkProcessor().run({ code, sourceDir }) stages it: the bundle and the launcher that runs the script. */
export interface FrameworkScript {
  /** The inputs before the bundle's. */
  readonly inputs: readonly unknown[];
  /** The command the launcher runs the script with. */
  readonly command: readonly string[];
  /** The script, in the source folder. */
  readonly script: string;
  /** The local folder the bundle is unpacked into. */
  readonly sourceDir: string;
  readonly uri: string;
}

const FRAMEWORK_CODE_DIR = "/opt/ml/processing/input/code/";
const ENTRYPOINT_DIR = "/opt/ml/processing/input/entrypoint";

/** An input exactly as a processor stages its own code (`name`, at `localPath`, S3 defaults): its S3 URI. */
function stagedInput(input: unknown, name: string, localPath: string): string | undefined {
  if (!isJsonObject(input) || input.InputName !== name || input.AppManaged !== false || Object.keys(input).length !== 3 || !isJsonObject(input.S3Input)) return undefined;
  const s3 = input.S3Input;
  if (typeof s3.S3Uri !== "string" || s3.LocalPath !== localPath || Object.keys(s3).length !== 6 || Object.entries(DEFAULTS).some(([k, v]) => s3[k] !== v)) return undefined;
  return s3.S3Uri;
}

/**
 * The launcher the SageMaker Python SDK (v2) writes for a FrameworkProcessor without a CodeArtifact
 * repository: the same steps as frameworkLauncher()'s, with a skipped login and `python -m pip`.
 */
function sdkLauncher(command: readonly string[], script: string): string {
  return [
    "#!/bin/bash", "", "cd /opt/ml/processing/input/code/", "tar -xzf sourcedir.tar.gz", "",
    "# Exit on any error. SageMaker uses error code to mark failed job.", "set -e", "",
    "if [[ -f 'requirements.txt' ]]; then",
    "    # Optionally log into CodeArtifact",
    "    if ! hash aws 2>/dev/null; then",
    '        echo "AWS CLI is not installed. Skipping CodeArtifact login."',
    "    else",
    "        echo 'CodeArtifact repository not specified. Skipping login.'",
    "    fi", "",
    "    # Some py3 containers has typing, which may breaks pip install",
    "    pip uninstall --yes typing", "",
    "    python -m pip install -r requirements.txt",
    "fi", "",
    `${command.join(" ")} ${script} "$@"`, "",
  ].join("\n");
}

/** The command and script of a launcher that is exactly frameworkLauncher()'s or the SDK's, else undefined. */
function launcherParts(text: string): { command: string[]; script: string } | undefined {
  const line = text.split("\n").at(-2);
  const words = line?.split(" ");
  if (!words || words.length < 3 || words.at(-1) !== '"$@"') return undefined;
  const command = words.slice(0, -2);
  const script = words.at(-2)!;
  if (!script || script.includes("/") || command.some((w) => !w)) return undefined;
  return frameworkLauncher(command, script) === text || sdkLauncher(command, script) === text ? { command, script } : undefined;
}

/**
 * The source bundle and launcher of a framework processor (sourcedir.tar.gz and runproc.sh), when
 * --fetch-code is on and the step stages them as frameworkProcessor() does. The launcher's text
 * names the script and command: undefined until the caller has read it (scope.readText).
 */
export function frameworkScript(stepName: string, inputs: readonly unknown[] | undefined, entrypoint: readonly unknown[] | undefined, scope: ImportScope): FrameworkScript | undefined {
  if (!scope.fetchCode || !scope.readText || !inputs || inputs.length < 2) return undefined;
  if (entrypoint?.length !== 2 || entrypoint[0] !== "/bin/bash" || entrypoint[1] !== `${ENTRYPOINT_DIR}/runproc.sh`) return undefined;
  const uri = stagedInput(inputs[inputs.length - 2], "code", FRAMEWORK_CODE_DIR);
  const launcherUri = stagedInput(inputs[inputs.length - 1], "entrypoint", ENTRYPOINT_DIR);
  if (!uri || !/^s3:\/\/[^/]+\/(?:.*\/)?sourcedir\.tar\.gz$/.test(uri) || !launcherUri || !/^s3:\/\/[^/]+\/(?:.*\/)?runproc\.sh$/.test(launcherUri)) return undefined;
  const text = scope.readText(launcherUri);
  const parts = text === undefined ? undefined : launcherParts(text);
  if (!parts) return undefined;
  const sourceDir = scope.fetchCode(uri, stepName, "sourcedir.tar.gz", true);
  return { inputs: inputs.slice(0, -2), ...parts, sourceDir, uri };
}

/** A framework estimator's code, from the `sagemaker_*` hyperparameters it writes. */
export interface FrameworkCode {
  readonly entryPoint: string;
  /** The local folder the bundle is unpacked into. */
  readonly sourceDir: string;
  /** `sagemaker_container_log_level`, when not the default 20. */
  readonly containerLogLevel?: number;
  /** The hyperparameters the helper writes itself (not the user's). */
  readonly own: ReadonlySet<string>;
}

const OWN = ["sagemaker_submit_directory", "sagemaker_program", "sagemaker_container_log_level", "sagemaker_region"];

/**
 * The source bundle of a framework estimator to fetch (`sagemaker_submit_directory`, a .tar.gz in
 * S3), when --fetch-code is on and the hyperparameters are exactly what frameworkEstimator()
 * writes for it.
 */
export function frameworkCode(stepName: string, hyperparameters: { readonly [k: string]: unknown } | undefined, pointer: string, scope: ImportScope): FrameworkCode | undefined {
  if (!scope.fetchCode || !hyperparameters || !OWN.every((k) => typeof hyperparameters[k] === "string")) return undefined;
  const decoded = (key: string): unknown => {
    try {
      const v = JSON.parse(hyperparameters[key] as string) as unknown;
      return pyJsonDumps(v) === hyperparameters[key] ? v : undefined;
    } catch {
      return undefined;
    }
  };
  const [uri, program, level, region] = OWN.map(decoded);
  if (typeof uri !== "string" || !/^s3:\/\/[^/]+\/.+\.tar\.gz$/.test(uri) || typeof program !== "string" || program.includes("/") || !program) return undefined;
  if (typeof level !== "number" || !Number.isInteger(level) || typeof region !== "string") return undefined;
  scope.useRegion(region, `${pointer}/sagemaker_region`);
  const sourceDir = scope.fetchCode(uri, stepName, "sourcedir.tar.gz", true);
  return { entryPoint: program, sourceDir, ...(level !== 20 ? { containerLogLevel: level } : {}), own: new Set(OWN) };
}

/** A user hyperparameter of a framework estimator (written with Python's json.dumps) as its value, when it is one. */
export function jsonHyperparameter(text: string): string | number | boolean | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    return (typeof v === "string" || typeof v === "number" || typeof v === "boolean") && pyJsonDumps(v) === text ? v : undefined;
  } catch {
    return undefined;
  }
}
