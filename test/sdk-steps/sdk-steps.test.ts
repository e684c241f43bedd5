// The SDK step kinds sagepipe added after the shared goldens were made (Bedrock and Lineage of
// SDK v2.257.6, EMRServerless of SDK v3): `sagepipe build` gives the JSON the SDK's source
// gives (expected-*.ts say which source lines make each key), `validate` accepts it and rejects
// what the SDK or the API would, and the local runner says why they do not run here.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { main } from "../../packages/cli/src/main.ts";
import { unsupportedStepMessage } from "../../packages/local/src/steps/step-handlers.ts";
import { validateDefinition } from "../../packages/validate/src/index.ts";
import { EXPECTED_BEDROCK_LINEAGE } from "./expected-bedrock-lineage.ts";
import { EXPECTED_EMR_SERVERLESS } from "./expected-emr-serverless.ts";

const HERE = new URL(".", import.meta.url).pathname;
const t = suite("SDK step kinds: Bedrock, Lineage, EMRServerless");

async function build(file: string, pipeline: string): Promise<{ code: number; log: string; json?: unknown }> {
  const out = mkdtempSync(join(tmpdir(), "sagepipe-sdk-steps-"));
  let log = "";
  const io = { out: (s: string) => (log += s + "\n"), err: (s: string) => (log += s + "\n"), isTTY: false, cwd: HERE, env: process.env };
  try {
    const code = await main(["build", join(HERE, file), "--out", out], io);
    return code === 0 ? { code, log, json: JSON.parse(readFileSync(join(out, `${pipeline}.json`), "utf8")) } : { code, log };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const clone = <T>(x: T): any => JSON.parse(JSON.stringify(x));
const codes = (d: unknown) => validateDefinition(d).map((i) => `${i.code} ${i.pointer}`);

t("the Bedrock and Lineage steps build to the SDK's JSON, key for key and in order", async () => {
  const r = await build("bedrock_lineage.ts", "BedrockLineagePipeline");
  assert.is(r.code, 0, r.log);
  assert.is(JSON.stringify(r.json), JSON.stringify(EXPECTED_BEDROCK_LINEAGE));
});

t("the EMRServerless steps build to the SDK v3's JSON, key for key and in order", async () => {
  const r = await build("emr_serverless.ts", "EmrServerlessPipeline");
  assert.is(r.code, 0, r.log);
  assert.is(JSON.stringify(r.json), JSON.stringify(EXPECTED_EMR_SERVERLESS));
});

t("validate accepts the SDK's output for the new kinds", () => {
  assert.equal(validateDefinition(EXPECTED_BEDROCK_LINEAGE), []);
  assert.equal(validateDefinition(EXPECTED_EMR_SERVERLESS), []);
});

t("validate checks Bedrock arguments against the Bedrock API, in PascalCase", () => {
  const d = clone(EXPECTED_BEDROCK_LINEAGE);
  d.Steps[1].Arguments.Bogus = 1; // the SDK rejects it too (_argument_validation.py)
  d.Steps[3].Arguments.ModelUnits = "one";
  delete d.Steps[0].Arguments.RoleArn; // CreateModelImportJob requires roleArn
  d.Steps[2].Arguments.modelArn = "camelCase is the API's spelling, not the pipeline's";
  const found = validateDefinition(d).map((i) => i.pointer);
  for (const p of ["/Steps/1/Arguments/Bogus", "/Steps/3/Arguments/ModelUnits", "/Steps/0/Arguments/RoleArn", "/Steps/2/Arguments/modelArn"]) {
    assert.ok(found.includes(p), `${p} in ${found.join(", ")}`);
  }
});

t("Bedrock and Lineage steps take no CacheConfig or RetryPolicies (the SDK's Step emits neither)", () => {
  const d = clone(EXPECTED_BEDROCK_LINEAGE);
  d.Steps[1].CacheConfig = { Enabled: true };
  d.Steps[4].RetryPolicies = [];
  const found = validateDefinition(d).map((i) => i.pointer);
  assert.ok(found.includes("/Steps/1/CacheConfig"), found.join(", "));
  assert.ok(found.includes("/Steps/4/RetryPolicies"), found.join(", "));
});

t("property references to the new kinds are checked against their properties", () => {
  const d = clone(EXPECTED_BEDROCK_LINEAGE);
  d.Steps[2].Arguments.ModelArn = { Get: "Steps.CustomModel.ModelArm" };
  d.Steps[4].Arguments.Artifacts[0].Source.SourceUri = { Get: "Steps.ImportModel.ImportedModelArn" };
  const issues = validateDefinition(d);
  assert.equal(issues.map((i) => i.code), ["SP915"]);
  assert.match(issues[0]!.message, "ModelArn");
  const e = clone(EXPECTED_EMR_SERVERLESS);
  e.Steps[1].Arguments.JobConfig.jobDriver.sparkSubmit.entryPointArguments[0] = { Get: "Steps.Prepare.jobRun.state" };
  assert.equal(validateDefinition(e), []);
  e.Steps[1].Arguments.JobConfig.jobDriver.sparkSubmit.entryPointArguments[0] = { Get: "Steps.Prepare.JobRun.State" };
  assert.equal(validateDefinition(e).map((i) => i.code), ["SP915"]);
  const l = clone(EXPECTED_BEDROCK_LINEAGE);
  l.Steps.push({ Name: "Use", Type: "Fail", Arguments: { ErrorMessage: { Get: "Steps.RecordLineage.ActionArns['deploy-action']" } } });
  assert.equal(validateDefinition(l), []);
});

t("an EMRServerless step needs exactly one of ApplicationId and ApplicationConfig", () => {
  const both = clone(EXPECTED_EMR_SERVERLESS);
  both.Steps[0].Arguments.ApplicationConfig = both.Steps[1].Arguments.ApplicationConfig;
  assert.equal(codes(both), ["SP936 /Steps/0/Arguments"]);
  const neither = clone(EXPECTED_EMR_SERVERLESS);
  delete neither.Steps[1].Arguments.ApplicationConfig;
  assert.equal(codes(neither), ["SP936 /Steps/1/Arguments"]);
});

t("a Lineage step has only the four lists, and at least one", () => {
  const extra = clone(EXPECTED_BEDROCK_LINEAGE);
  extra.Steps[4].Arguments.Bogus = [];
  assert.ok(codes(extra).some((c) => c.endsWith("/Steps/4/Arguments/Bogus")), codes(extra).join(", "));
  const empty = clone(EXPECTED_BEDROCK_LINEAGE);
  empty.Steps[4].Arguments = {};
  assert.ok(codes(empty).some((c) => c.endsWith("/Steps/4/Arguments")), codes(empty).join(", "));
});

t("the local runner says why each new kind does not run here", () => {
  for (const type of ["BedrockCustomModel", "BedrockCustomModelDeployment", "BedrockModelImport", "BedrockProvisionedModelThroughput"]) {
    assert.match(unsupportedStepMessage(type), `${type} steps cannot run locally (it calls Amazon Bedrock)`);
  }
  assert.match(unsupportedStepMessage("Lineage"), "records lineage entities in SageMaker");
  assert.match(unsupportedStepMessage("EMRServerless"), "EMR Serverless application");
});

t.run();
