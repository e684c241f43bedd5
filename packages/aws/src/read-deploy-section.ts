import { dirname, resolve } from "node:path";
import type { DeployableBuild, DeployableLambdaFunction } from "./deployable.ts";

type Settings = Pick<DeployableBuild, "region" | "roleArn" | "description" | "displayName" | "tags" | "maxParallelExecutionSteps" | "lambdaFunctions">;

const isString = (v: unknown): v is string => typeof v === "string";
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** One `deploy.lambdaFunctions[i]` entry: Lambda's CreateFunction fields, `zipFile` (relative to the manifest), `sha256`. */
function readFunction(v: unknown, where: string, folder: string, problems: string[]): DeployableLambdaFunction | undefined {
  if (!isObject(v)) {
    problems.push(`${where}: expected an object.`);
    return undefined;
  }
  const before = problems.length;
  for (const key of ["FunctionName", "FunctionArn", "Runtime", "Handler", "Role", "zipFile"]) if (!isString(v[key]) || !v[key]) problems.push(`${where}/${key}: expected text.`);
  for (const key of ["Timeout", "MemorySize"]) if (typeof v[key] !== "number") problems.push(`${where}/${key}: expected a number.`);
  if (!isString(v.sha256) || !/^[0-9a-f]{64}$/.test(v.sha256)) problems.push(`${where}/sha256: expected 64 lowercase hex digits.`);
  if (problems.length > before) return undefined;
  const { zipFile, sha256, bytes, ...fields } = v;
  return {
    ...(fields as unknown as Omit<DeployableLambdaFunction, "zip">),
    zip: { localPath: resolve(folder, zipFile as string), sha256: sha256 as string, ...(typeof bytes === "number" ? { bytes } : {}) },
  };
}

/**
 * The manifest's `deploy` section (what `sagepipe build` recorded from `@Pipeline` and the
 * pipeline's Lambda functions), checked field by field. Absent: no settings.
 */
export function readDeploySection(section: unknown, manifestPath: string): { values: Settings; problems: string[] } {
  const problems: string[] = [];
  if (section === undefined) return { values: {}, problems };
  const where = `${manifestPath}#/deploy`;
  if (!isObject(section)) return { values: {}, problems: [`${where}: expected an object.`] };
  const values: Record<string, unknown> = {};
  for (const key of ["region", "roleArn", "description", "displayName"] as const) {
    const v = section[key];
    if (v === undefined) continue;
    if (isString(v)) values[key] = v;
    else problems.push(`${where}/${key}: expected text.`);
  }
  if (section.maxParallelExecutionSteps !== undefined) {
    if (typeof section.maxParallelExecutionSteps === "number") values.maxParallelExecutionSteps = section.maxParallelExecutionSteps;
    else problems.push(`${where}/maxParallelExecutionSteps: expected a number.`);
  }
  if (section.tags !== undefined) {
    if (isObject(section.tags) && Object.values(section.tags).every(isString)) values.tags = section.tags;
    else problems.push(`${where}/tags: expected an object of text values.`);
  }
  if (section.lambdaFunctions !== undefined) {
    if (!Array.isArray(section.lambdaFunctions)) problems.push(`${where}/lambdaFunctions: expected a list.`);
    else {
      const folder = dirname(manifestPath);
      const fns = section.lambdaFunctions.map((f, i) => readFunction(f, `${where}/lambdaFunctions/${i}`, folder, problems));
      values.lambdaFunctions = fns.filter((f): f is DeployableLambdaFunction => f !== undefined);
    }
  }
  return { values: values as Settings, problems };
}
