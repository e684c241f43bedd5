import { readFileSync, statSync } from "node:fs";
import { basename, isAbsolute, resolve } from "node:path";
import { writeGeneratedFile } from "../assets/generated-asset.ts";
import type { LambdaFunctionAsset } from "../assets/lambda-function-asset.ts";
import { sha256Hex } from "../assets/sdk-hash.ts";
import { zipFiles } from "../assets/zip.ts";
import { requireRegion, StepError, type RenderContext } from "./render-context.ts";

/**
 * A Lambda function defined by the pipeline (SDK `Lambda(function_name=..., script=..., handler=...,
 * execution_role_arn=...)`). The build zips the script and records the function; `sagepipe deploy`
 * creates it (or updates its code) before creating or updating the pipeline. The build calls nothing.
 */
export interface LambdaFunctionSpec {
  /** The function's name (1 to 64 letters, digits, hyphens, underscores). */
  readonly functionName: string;
  /** A local Python file, zipped as `<file name>` (relative to the pipeline's folder). */
  readonly script: string;
  /** `<file name without .py>.<function>`, e.g. "threshold_check.lambda_handler". */
  readonly handler: string;
  /** The role the function runs with; its account is the function's. */
  readonly executionRoleArn: string;
  /** The SDK's default, python3.8, is no longer accepted by Lambda for new functions. @default "python3.12" */
  readonly runtime?: string;
  /** Seconds. @default 120 */
  readonly timeout?: number;
  /** Megabytes. @default 128 */
  readonly memorySize?: number;
  /** @default none */
  readonly environment?: Readonly<Record<string, string>>;
  /** Layer ARNs. @default none */
  readonly layers?: readonly string[];
  /** @default none */
  readonly vpcConfig?: { readonly subnetIds: readonly string[]; readonly securityGroupIds: readonly string[] };
}

const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/.+$/;
const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;

function problems(spec: LambdaFunctionSpec, scriptPath: string): string[] {
  const out: string[] = [];
  if (!FUNCTION_NAME.test(spec.functionName)) out.push(`functionName '${spec.functionName}' must be 1 to 64 letters, digits, hyphens or underscores`);
  if (!ROLE_ARN.test(spec.executionRoleArn)) out.push(`executionRoleArn '${spec.executionRoleArn}' is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)`);
  let isFile = false;
  try {
    isFile = statSync(scriptPath).isFile();
  } catch {
    // missing
  }
  if (!isFile) out.push(`script '${spec.script}' is not a local file (looked for ${scriptPath})`);
  const module = basename(spec.script).replace(/\.py$/, "");
  if (!spec.handler.startsWith(`${module}.`) || spec.handler.length <= module.length + 1) {
    out.push(`handler '${spec.handler}' must be '${module}.<function>': Lambda imports the script by its file name`);
  }
  if (spec.timeout !== undefined && !(Number.isInteger(spec.timeout) && spec.timeout >= 1 && spec.timeout <= 900)) out.push(`timeout ${spec.timeout} must be 1 to 900 seconds`);
  if (spec.memorySize !== undefined && !(Number.isInteger(spec.memorySize) && spec.memorySize >= 128 && spec.memorySize <= 10240)) out.push(`memorySize ${spec.memorySize} must be 128 to 10240 MB`);
  return out;
}

/**
 * Zips the script (as the SDK does: one entry named after the file), records the function for
 * deploy, and returns its ARN: `arn:<partition>:lambda:<region>:<role's account>:function:<name>`,
 * the ARN Lambda gives an unqualified function.
 */
export function defineLambdaFunction(spec: LambdaFunctionSpec, ctx: RenderContext): string {
  const scriptPath = isAbsolute(spec.script) ? spec.script : resolve(ctx.sourceDir, spec.script);
  const found = problems(spec, scriptPath);
  if (found.length) throw new StepError(`Step ${ctx.stepName}: ${found.join("; ")}.`);
  const region = requireRegion(ctx, "a Lambda function defined by the pipeline");
  const [, partition, account] = ROLE_ARN.exec(spec.executionRoleArn)!;
  const functionArn = `arn:${partition}:lambda:${region}:${account}:function:${spec.functionName}`;
  const zip = zipFiles([{ name: basename(scriptPath), bytes: readFileSync(scriptPath) }]);
  const fn: LambdaFunctionAsset = {
    FunctionName: spec.functionName,
    FunctionArn: functionArn,
    Runtime: spec.runtime ?? "python3.12",
    Handler: spec.handler,
    Role: spec.executionRoleArn,
    Timeout: spec.timeout ?? 120,
    MemorySize: spec.memorySize ?? 128,
    ...(spec.environment ? { Environment: { Variables: { ...spec.environment } } } : {}),
    ...(spec.layers ? { Layers: [...spec.layers] } : {}),
    ...(spec.vpcConfig ? { VpcConfig: { SubnetIds: [...spec.vpcConfig.subnetIds], SecurityGroupIds: [...spec.vpcConfig.securityGroupIds] } } : {}),
    zip: { localPath: writeGeneratedFile(`${spec.functionName}.zip`, zip), sha256: sha256Hex(zip), bytes: zip.length },
  };
  ctx.assets.addFunction(fn);
  return functionArn;
}
