// What the check steps share: the check job (`checkJob({ role, instanceType, ... })`, a module
// constant), the image of the pipeline's region, and the check's own step-level keys.
import { valueCode } from "../expressions.ts";
import { CannotImport, type ImportScope } from "../import-scope.ts";
import type { JsonReader } from "../json-reader.ts";
import { call, literal, object, raw, type Code } from "../ts-code.ts";

/** The region whose image `imageOf` gives exactly `image`, when there is one. */
export function regionOfImage(image: string, imageOf: (region: string) => string): string | undefined {
  const region = /^\d{12}\.dkr\.ecr\.([a-z0-9-]+)\./.exec(image)?.[1];
  if (region === undefined) return undefined;
  try {
    return imageOf(region) === image ? region : undefined;
  } catch {
    return undefined;
  }
}

/** The name of the module constant holding the step's check job (role, resources, extra environment). */
export function checkJobCode(a: JsonReader, output: JsonReader, scope: ImportScope, by: string, env: Code | undefined): string {
  const role = a.take("RoleArn");
  if (typeof role !== "string") throw new CannotImport(a.at("RoleArn"), `${by} takes the role as text`);
  const resources = a.object("ProcessingResources");
  const cluster = resources?.object("ClusterConfig");
  resources?.done();
  if (!cluster) throw new CannotImport(a.at("ProcessingResources"), `${by} always writes ProcessingResources.ClusterConfig`);
  const stopping = a.object("StoppingCondition");
  const v = (r: JsonReader, key: string, dflt?: unknown) => (r.has(key) && r.value[key] !== dflt ? valueCode(r.take(key), scope, r.at(key)) : (r.take(key), undefined));
  for (const key of ["InstanceType", "InstanceCount", "VolumeSizeInGB"]) {
    if (!cluster.has(key)) throw new CannotImport(cluster.at(key), `${by} always writes ${key}`);
  }
  const props = object([
    ["role", raw(scope.constant("role", literal(role)))],
    ["instanceCount", v(cluster, "InstanceCount", 1)],
    ["instanceType", v(cluster, "InstanceType", "ml.m5.xlarge")],
    ["volumeSizeInGB", v(cluster, "VolumeSizeInGB", 30)],
    ["volumeKmsKey", v(cluster, "VolumeKmsKeyId")],
    ["outputKmsKey", v(output, "KmsKeyId")],
    ["maxRuntimeInSeconds", stopping ? v(stopping, "MaxRuntimeInSeconds") : undefined],
    ["env", env],
  ]);
  cluster.done();
  stopping?.done();
  return scope.constant("checks", call(scope.use("checkJob"), [props]));
}

/** The check options from the step's own keys, which the helper always writes (defaults included). */
export function checkKeysCode(e: JsonReader, scope: ImportScope, withStatistics: boolean, by: string): [string, Code | undefined][] {
  const key = (name: string, option: string, dflt: unknown): [string, Code | undefined] => {
    if (!Object.hasOwn(e.value, name)) throw new CannotImport(e.at(name), `${by} always writes ${name} (${JSON.stringify(dflt)} by default)`);
    const value = e.take(name);
    return [option, value === dflt ? undefined : valueCode(value, scope, e.at(name))];
  };
  return [
    key("SkipCheck", "skipCheck", false),
    key("RegisterNewBaseline", "registerNewBaseline", false),
    key("FailOnViolation", "failOnViolation", true),
    ...(withStatistics ? [key("SuppliedBaselineStatistics", "suppliedBaselineStatistics", null)] : []),
    key("SuppliedBaselineConstraints", "suppliedBaselineConstraints", null),
    key("ModelPackageGroupName", "modelPackageGroupName", null),
  ];
}
