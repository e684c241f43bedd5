import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { listLocalModels } from "../list-local-models.ts";
import { inTempDir } from "../testing/shared-files.ts";
import { LocalRegistry } from "./local-registry.ts";

const pkg = (group: string, runId: string) => ({
  ModelPackageGroupName: group,
  ModelApprovalStatus: "PendingManualApproval",
  Arguments: { InferenceSpecification: { Containers: [{ Image: "img", ModelDataUrl: `s3://b/${runId}/model.tar.gz` }] } },
  PipelineName: "P",
  RunId: runId,
  StepName: "Register",
  CreationTime: "2024-01-01T00:00:00.000Z",
});

const t = suite("LocalRegistry");

t("numbers versions per group, also when runs register at the same time", () =>
  inTempDir("registry", async (dir) => {
    const registry = new LocalRegistry(join(dir, "registry"));
    const first = await registry.registerModelPackage(pkg("Abalone", "r1"));
    assert.is(first.ModelPackageVersion, 1);
    assert.is(first.ModelPackageArn, "arn:aws:sagemaker:local:000000000000:model-package/abalone/1");
    const many = await Promise.all(["r2", "r3", "r4", "r5"].map((r) => registry.registerModelPackage(pkg("Abalone", r))));
    assert.equal(many.map((p) => p.ModelPackageVersion).sort(), [2, 3, 4, 5]);
    assert.is((await registry.registerModelPackage(pkg("Other", "r6"))).ModelPackageVersion, 1);
    const listed = await listLocalModels(dir);
    assert.equal(listed.packages.map((p) => `${p.ModelPackageGroupName}/${p.ModelPackageVersion}`), ["Abalone/1", "Abalone/2", "Abalone/3", "Abalone/4", "Abalone/5", "Other/1"]);
  }));

t("keeps models by name and refuses names SageMaker would refuse", () =>
  inTempDir("models", async (dir) => {
    const registry = new LocalRegistry(join(dir, "registry"));
    const model = await registry.createModel({ ModelName: "m-1", Arguments: { PrimaryContainer: { Image: "img" } }, PipelineName: "P", RunId: "r", StepName: "M", CreationTime: "t" });
    assert.is(model.ModelArn, "arn:aws:sagemaker:local:000000000000:model/m-1");
    assert.equal((await registry.getModel("m-1"))?.Arguments, { PrimaryContainer: { Image: "img" } });
    assert.is(await registry.getModel("nope"), undefined);
    const bad = await registry.createModel({ ModelName: "no spaces", Arguments: {}, PipelineName: "P", RunId: "r", StepName: "M", CreationTime: "t" }).then(() => "ok", (e: Error) => e.message);
    assert.match(bad, "model name 'no spaces' is not valid");
  }));

t.run();
