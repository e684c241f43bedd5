import { DLC_ACCOUNTS } from "./dlc-registries.ts";
import { ecrDomain } from "./ecr-domain.ts";
import { ImageLookupError } from "./image-uri.ts";

/** Which of a framework's images: the one that trains or the one that serves. */
export type ImageScope = "training" | "inference";

/** Full version, Python versions of the inference image, of the training image (null: none). */
type VersionRow = readonly [string, readonly string[] | null, readonly string[] | null];

// Facts from the SageMaker Python SDK's pytorch.json (versions 1.2.0 and later).
const VERSIONS: readonly VersionRow[] = [
  ["1.2.0", ["py2", "py3"], ["py2", "py3"]],
  ["1.3.1", ["py2", "py3"], ["py2", "py3"]],
  ["1.4.0", ["py3", "py36"], ["py2", "py3", "py36"]],
  ["1.5.0", ["py3", "py36"], ["py3", "py36"]],
  ["1.6.0", ["py3", "py36"], ["py3", "py36"]],
  ["1.7.1", ["py3", "py36"], ["py3", "py36"]],
  ["1.8.0", ["py3", "py36"], ["py3", "py36"]],
  ["1.8.1", ["py3", "py36"], ["py3", "py36"]],
  ["1.9.0", ["py38"], ["py38"]],
  ["1.9.1", ["py38"], ["py38"]],
  ["1.10.0", ["py38"], ["py38"]],
  ["1.10.2", ["py38"], ["py38"]],
  ["1.11.0", ["py38"], ["py38"]],
  ["1.12.0", ["py38"], ["py38"]],
  ["1.12.1", ["py38"], ["py38"]],
  ["1.13.1", ["py39"], ["py39"]],
  ["2.0.0", ["py310"], ["py310"]],
  ["2.0.1", ["py310"], ["py310"]],
  ["2.1.0", ["py310"], ["py310"]],
  ["2.2.0", ["py310"], ["py310"]],
  ["2.3.0", ["py311"], ["py311"]],
  ["2.4.0", ["py311"], ["py311"]],
  ["2.5.1", ["py311"], ["py311"]],
  ["2.6.0", ["py312"], ["py312"]],
  ["2.7.1", null, ["py312"]],
  ["2.8.0", null, ["py312"]],
];

/** Regions that have only some versions: the first and last version published there, per scope. */
const PARTIAL_REGIONS: Readonly<Record<string, Readonly<Record<ImageScope, readonly [string, string]>>>> = {
  "us-iso-east-1": { inference: ["1.2.0", "2.2.0"], training: ["1.2.0", "2.3.0"] },
  "us-isob-east-1": { inference: ["1.2.0", "2.2.0"], training: ["1.2.0", "2.3.0"] },
  "us-isof-east-1": { inference: ["2.1.0", "2.2.0"], training: ["2.1.0", "2.3.0"] },
  "us-isof-south-1": { inference: ["2.1.0", "2.2.0"], training: ["2.1.0", "2.3.0"] },
};

/** What a PyTorch image lookup needs (SDK `image_uris.retrieve("pytorch", ...)`). */
export interface PyTorchImageSpec {
  /** "2.1" (the newest 2.1.x) or a full version, "2.1.0"; the tag keeps it as written. */
  readonly version: string;
  /** @default the only Python version of that image, when there is one */
  readonly pyVersion?: string;
  /** @default "inference" */
  readonly scope?: ImageScope;
  /** Chooses the cpu or gpu image ("ml.g5.xlarge", "ml.p3.2xlarge" are gpu). @default cpu */
  readonly instanceType?: string;
}

const order = (v: string) => VERSIONS.findIndex((row) => row[0] === v);

/** The full version a "major.minor" or full version stands for. */
function fullVersion(version: string): VersionRow | undefined {
  const exact = VERSIONS.find((row) => row[0] === version);
  return exact ?? [...VERSIONS].reverse().find((row) => row[0].startsWith(`${version}.`));
}

/** The PyTorch versions we know for a scope (for messages and tests). */
export function pytorchVersions(scope: ImageScope): readonly string[] {
  return VERSIONS.filter((row) => (scope === "inference" ? row[1] : row[2])).map((row) => row[0]);
}

/** "cpu" or "gpu" for an instance type, as the SDK decides it. */
export function processorOf(instanceType: string | undefined): "cpu" | "gpu" {
  if (instanceType === undefined) return "cpu";
  const family = /^ml[._]([a-z\d-]+)/.exec(instanceType)?.[1];
  if (!family) throw new ImageLookupError(`'${instanceType}' is not an instance type (expected e.g. "ml.m5.xlarge"); it chooses between the cpu and gpu images.`);
  return family.startsWith("g") || family.startsWith("p") ? "gpu" : "cpu";
}

/** The ECR URI of a PyTorch training or inference image in a region. */
export function pytorchImageUri(spec: PyTorchImageSpec, region: string): string {
  const scope = spec.scope ?? "inference";
  const row = fullVersion(spec.version);
  const pys = row ? (scope === "inference" ? row[1] : row[2]) : null;
  if (!row || !pys) throw new ImageLookupError(`No PyTorch ${scope} image for version '${spec.version}'. Known versions: ${pytorchVersions(scope).join(", ")}.`);
  const py = spec.pyVersion ?? (pys.length === 1 ? pys[0] : undefined);
  if (!py || !pys.includes(py)) {
    throw new ImageLookupError(`The PyTorch ${row[0]} ${scope} image needs pyVersion, one of ${pys.join(", ")}${spec.pyVersion ? ` (got '${spec.pyVersion}')` : ""}.`);
  }
  const range = PARTIAL_REGIONS[region]?.[scope];
  const account = DLC_ACCOUNTS[region];
  if (!account || (range && (order(row[0]) < order(range[0]) || order(row[0]) > order(range[1])))) {
    throw new ImageLookupError(`The PyTorch ${row[0]} ${scope} image is not published in region '${region}'.`);
  }
  return `${account}.dkr.ecr.${region}.${ecrDomain(region)}/pytorch-${scope}:${spec.version}-${processorOf(spec.instanceType)}-${py}`;
}
