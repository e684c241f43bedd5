import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { Lambda, Pipeline, lambdaFunction } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";
import type { LambdaFunctionSpec } from "./lambda-function-spec.ts";

const t = suite("a Lambda function defined from a script");
let dir = "";
t.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), "sagepipe-lambda-"));
  process.env.SAGEPIPE_GENERATED_DIR = join(dir, "generated");
  writeFileSync(join(dir, "check.py"), "def handler(event, context):\n    return {}\n");
});
t.after.each(() => {
  delete process.env.SAGEPIPE_GENERATED_DIR;
  rmSync(dir, { recursive: true, force: true });
});

const spec: LambdaFunctionSpec = { functionName: "check", script: "check.py", handler: "check.handler", executionRoleArn: "arn:aws-cn:iam::111122223333:role/L" };
const pipelineWith = (s: LambdaFunctionSpec, region = "cn-north-1") => {
  @Pipeline({ name: "P", region, bucket: "b" })
  class P {
    @Lambda() call() {
      return lambdaFunction(s).invoke({});
    }
  }
  return P;
};

t("the ARN is the one Lambda gives: the pipeline's region, the role's partition and account; the function is recorded with the SDK's defaults", () => {
  const e = evaluatePipeline(pipelineWith(spec), { sourceDir: dir });
  assert.is((e.definition as unknown as { Steps: { FunctionArn: string }[] }).Steps[0]!.FunctionArn, "arn:aws-cn:lambda:cn-north-1:111122223333:function:check");
  const [fn] = e.lambdaFunctions;
  assert.equal({ ...fn, zip: undefined }, { FunctionName: "check", FunctionArn: "arn:aws-cn:lambda:cn-north-1:111122223333:function:check", Runtime: "python3.12", Handler: "check.handler", Role: spec.executionRoleArn, Timeout: 120, MemorySize: 128, zip: undefined });
  const listing = execFileSync("/usr/bin/python3", ["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print([(i.filename, z.read(i).decode()) for i in z.infolist()])", fn!.zip.localPath], { encoding: "utf8" });
  assert.is(listing.trim(), `[('check.py', 'def handler(event, context):\\n    return {}\\n')]`);
  const again = evaluatePipeline(pipelineWith(spec), { sourceDir: dir }).lambdaFunctions[0]!;
  assert.is(again.zip.sha256, fn!.zip.sha256, "the same script gives the same zip");
});

t("a bad name, role, handler, timeout and a missing script are reported together", () => {
  const bad = { functionName: "no spaces", script: "missing.py", handler: "check.handler", executionRoleArn: "LambdaRole", timeout: 901 };
  assert.throws(() => evaluatePipeline(pipelineWith(bad), { sourceDir: dir }), (e: Error) =>
    ["functionName 'no spaces'", "executionRoleArn 'LambdaRole' is not an IAM role ARN", "script 'missing.py' is not a local file", "handler 'check.handler' must be 'missing.<function>'", "timeout 901"].every((m) => e.message.includes(m)));
});

t.run();
