import { FRAMEWORK_ACCOUNTS, LEGACY_XGBOOST_ACCOUNTS } from "./registries.ts";
import { pytorchImageUri, pytorchVersions, type ImageScope } from "./pytorch-image.ts";
import { SPARK_ACCOUNTS, SPARK_VERSIONS } from "./spark-registry.ts";

/** Frameworks whose images we can look up offline. */
export type Framework = "xgboost" | "sklearn" | "spark" | "pytorch";

/** What `imageUri()` needs; the region comes from the pipeline unless given. */
export interface ImageSpec {
  readonly framework: Framework;
  /** Framework version, e.g. "1.0-1" (xgboost) or "1.2-1" (sklearn). */
  readonly version: string;
  /** @default the pipeline's region */
  readonly region?: string;
  /** @default "py3" (spark: none) */
  readonly pyVersion?: string;
  /** Spark only: the image's container version (with `pyVersion`), e.g. "1.0". @default none */
  readonly containerVersion?: string;
  /** PyTorch: chooses the cpu or gpu image; the other images we know are CPU-only. @default cpu */
  readonly instanceType?: string;
  /** PyTorch only: the training or the inference image. @default "inference" */
  readonly scope?: ImageScope;
}

interface VersionFacts {
  readonly repository: string;
  /** Versions tagged `<version>-<processor>-<py>`; the others are tagged `<version>`. */
  readonly suffixed: boolean;
  readonly accounts: Readonly<Record<string, string>>;
  /** The tag, when it is not `<version>` or `<version>-cpu-<py>`. */
  readonly tag?: (spec: ImageSpec) => string;
}

/** Spark tags: `<version>-cpu`, with `-<py>-v<container>` when both are given (the SDK's rule). */
function sparkTag(spec: ImageSpec): string {
  return [spec.version, "cpu", spec.pyVersion, spec.containerVersion && `v${spec.containerVersion}`].filter(Boolean).join("-");
}

const XGBOOST_SUFFIXED = ["0.90-1", "0.90-2", "1.0-1"];
const XGBOOST_PLAIN = ["1.2-1", "1.2-2", "1.3-1", "1.5-1", "1.7-1", "3.0-5"];
const SKLEARN_VERSIONS = ["0.20.0", "0.23-1", "1.0-1", "1.2-1", "1.4-2"];

function facts(framework: Framework, version: string): VersionFacts | undefined {
  if (framework === "spark" && SPARK_VERSIONS.includes(version))
    return { repository: "sagemaker-spark-processing", suffixed: false, accounts: SPARK_ACCOUNTS, tag: sparkTag };
  if (framework === "sklearn" && SKLEARN_VERSIONS.includes(version))
    return { repository: "sagemaker-scikit-learn", suffixed: true, accounts: FRAMEWORK_ACCOUNTS };
  if (framework === "xgboost") {
    if (version === "1" || version === "latest") return { repository: "xgboost", suffixed: false, accounts: LEGACY_XGBOOST_ACCOUNTS };
    if (XGBOOST_SUFFIXED.includes(version)) return { repository: "sagemaker-xgboost", suffixed: true, accounts: FRAMEWORK_ACCOUNTS };
    if (XGBOOST_PLAIN.includes(version)) return { repository: "sagemaker-xgboost", suffixed: false, accounts: FRAMEWORK_ACCOUNTS };
  }
  return undefined;
}

/** The versions we know for a framework (for messages). */
export function knownVersions(framework: Framework): readonly string[] {
  if (framework === "spark") return SPARK_VERSIONS;
  if (framework === "pytorch") return pytorchVersions("inference");
  return framework === "sklearn" ? SKLEARN_VERSIONS : ["1", ...XGBOOST_SUFFIXED, ...XGBOOST_PLAIN];
}

function domain(region: string): string {
  if (region.startsWith("cn-")) return "amazonaws.com.cn";
  if (region.startsWith("us-iso-")) return "c2s.ic.gov";
  if (region.startsWith("us-isob-")) return "sc2s.sgov.gov";
  return "amazonaws.com";
}

/** An image lookup that failed, with what to do. */
export class ImageLookupError extends Error {
  readonly exitCode = 1;
}

/** The ECR image URI the SageMaker SDK's `image_uris.retrieve` gives for this spec and region. */
export function lookupImageUri(spec: ImageSpec, region: string): string {
  if (spec.framework === "pytorch") return pytorchImageUri(spec, region);
  const f = facts(spec.framework, spec.version);
  if (!f) {
    throw new ImageLookupError(
      `No ${spec.framework} image for version '${spec.version}'. Known versions: ${knownVersions(spec.framework).join(", ")}.`,
    );
  }
  const account = f.accounts[region];
  if (!account) {
    throw new ImageLookupError(`The ${spec.framework} ${spec.version} image is not published in region '${region}'.`);
  }
  const version = spec.version === "latest" ? "1" : spec.version;
  const tag = f.tag ? f.tag(spec) : f.suffixed ? `${version}-cpu-${spec.pyVersion ?? "py3"}` : version;
  return `${account}.dkr.ecr.${region}.${domain(region)}/${f.repository}:${tag}`;
}
