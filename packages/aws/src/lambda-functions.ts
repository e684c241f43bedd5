import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { CreateFunctionCommand, LambdaClient, UpdateFunctionCodeCommand, type Runtime } from "@aws-sdk/client-lambda";
import { AwsError } from "./aws-error.ts";
import type { AwsClients } from "./clients.ts";
import type { DeployableLambdaFunction } from "./deployable.ts";
import { callAws } from "./describe-aws-error.ts";

/** What deploy did (or would do) to one Lambda function. */
export interface LambdaOutcome {
  readonly functionName: string;
  readonly functionArn: string;
  /** "create": CreateFunction; "update": it existed, so UpdateFunctionCode; "planned": a dry run. */
  readonly action: "create" | "update" | "planned";
}

/** Reads each function's zip and checks it against the sha256 the build recorded; problems as lines. */
export async function readLambdaZips(fns: readonly DeployableLambdaFunction[]): Promise<{ zips: Map<string, Uint8Array>; problems: string[] }> {
  const zips = new Map<string, Uint8Array>();
  const problems: string[] = [];
  for (const fn of fns) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(fn.zip.localPath);
    } catch {
      problems.push(`${fn.zip.localPath}: the code of Lambda function ${fn.FunctionName} is missing. Rebuild before deploying.`);
      continue;
    }
    if (createHash("sha256").update(bytes).digest("hex") !== fn.zip.sha256) {
      problems.push(`${fn.zip.localPath}: the code of Lambda function ${fn.FunctionName} changed since the build. Rebuild before deploying.`);
      continue;
    }
    zips.set(fn.FunctionName, bytes);
  }
  return { zips, problems };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const isConflict = (e: unknown) => (e as { name?: string }).name === "ResourceConflictException";

/**
 * Creates the function, or, when it exists (ResourceConflictException), updates its code, as the
 * SDK's `Lambda.upsert()` does. While an earlier change is still in progress, the update is
 * retried (1, 2, 4 ... 64 s, as the SDK waits).
 */
async function upsertFunction(client: LambdaClient, fn: DeployableLambdaFunction, zip: Uint8Array, waitMs: (attempt: number) => number): Promise<LambdaOutcome> {
  const subject = `Lambda function '${fn.FunctionName}'`;
  try {
    const out = await client.send(new CreateFunctionCommand({
      FunctionName: fn.FunctionName, Runtime: fn.Runtime as Runtime, Handler: fn.Handler, Role: fn.Role, Code: { ZipFile: zip },
      Timeout: fn.Timeout, MemorySize: fn.MemorySize,
      VpcConfig: fn.VpcConfig ? { SubnetIds: [...fn.VpcConfig.SubnetIds], SecurityGroupIds: [...fn.VpcConfig.SecurityGroupIds] } : {},
      Environment: fn.Environment ? { Variables: { ...fn.Environment.Variables } } : {},
      Layers: [...(fn.Layers ?? [])],
    }));
    return { functionName: fn.FunctionName, functionArn: out.FunctionArn ?? fn.FunctionArn, action: "create" };
  } catch (e) {
    if (!isConflict(e)) {
      return callAws({ operation: "CreateFunction", subject, action: "lambda:CreateFunction (and iam:PassRole on the function's role)" }, () => Promise.reject(e));
    }
  }
  for (let attempt = 0; ; attempt++) {
    try {
      const out = await client.send(new UpdateFunctionCodeCommand({ FunctionName: fn.FunctionName, ZipFile: zip }));
      return { functionName: fn.FunctionName, functionArn: out.FunctionArn ?? fn.FunctionArn, action: "update" };
    } catch (e) {
      if (!isConflict(e) || attempt >= 6) {
        return callAws({ operation: "UpdateFunctionCode", subject, action: "lambda:UpdateFunctionCode" }, () => Promise.reject(e));
      }
      await sleep(waitMs(attempt));
    }
  }
}

/** Drops a version or alias qualifier: `...:function:name:3` -> `...:function:name`. */
function unqualified(arn: string): string {
  const i = arn.indexOf(":function:");
  if (i < 0) return arn;
  return arn.slice(0, i + ":function:".length) + arn.slice(i + ":function:".length).split(":")[0];
}

/**
 * Creates or updates every Lambda function of a build, before the pipeline. The definition holds
 * each function's ARN as the build computed it; a different ARN from Lambda (another account than
 * the role's) stops the deploy before the pipeline is touched.
 */
export async function deployLambdaFunctions(
  clients: AwsClients,
  fns: readonly DeployableLambdaFunction[],
  zips: ReadonlyMap<string, Uint8Array>,
  options: { readonly dryRun: boolean; readonly waitMs?: (attempt: number) => number },
): Promise<LambdaOutcome[]> {
  if (options.dryRun) return fns.map((fn) => ({ functionName: fn.FunctionName, functionArn: fn.FunctionArn, action: "planned" }));
  if (!fns.length) return [];
  const client = clients.lambda ?? new LambdaClient({ region: await clients.sagemaker.config.region() });
  const outcomes: LambdaOutcome[] = [];
  for (const fn of fns) {
    const outcome = await upsertFunction(client, fn, zips.get(fn.FunctionName)!, options.waitMs ?? ((i) => 1000 * 2 ** i));
    if (unqualified(outcome.functionArn) !== fn.FunctionArn) {
      throw new AwsError("Deploy", `Lambda function ${fn.FunctionName} is ${outcome.functionArn}, but the definition refers to ${fn.FunctionArn} (the account of its role). Deploy with credentials of that account, or give a role of this account.`);
    }
    outcomes.push(outcome);
  }
  return outcomes;
}
