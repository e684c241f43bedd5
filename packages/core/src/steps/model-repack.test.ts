import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { CreateModel, ModelStep, Pipeline, Processing, RegisterModel, createModel, model, pipelineModel, processor, registerModel, type RetryPolicy } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const t = suite("model steps that repack their code");
const role = "arn:aws:iam::123456789012:role/R";
const capacity: RetryPolicy = { exceptionTypes: ["SageMaker.CAPACITY_ERROR"], maxAttempts: 2 };
type Step = { Name: string; Type: string; Arguments: Record<string, any>; [key: string]: unknown };
let dir = "";
let generated = "";
t.before(() => {
  dir = mkdtempSync(join(tmpdir(), "sagepipe-repack-"));
  generated = mkdtempSync(join(tmpdir(), "sagepipe-generated-"));
  process.env.SAGEPIPE_GENERATED_DIR = generated;
  mkdirSync(join(dir, "code"));
  mkdirSync(join(dir, "libdir"));
  writeFileSync(join(dir, "code", "inference.py"), "def model_fn(d):\n    return d\n");
  writeFileSync(join(dir, "helper.py"), "X = 1\n");
  writeFileSync(join(dir, "libdir", "mod.py"), "Y = 2\n");
});
t.after(() => {
  delete process.env.SAGEPIPE_GENERATED_DIR;
  rmSync(dir, { recursive: true, force: true });
  rmSync(generated, { recursive: true, force: true });
});

@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class Repacked {
  @Processing({ name: "Prep" }) prep() {
    return processor({ role, image: "img", instanceType: "ml.m5.large", instanceCount: 1 }).run({ outputs: { model: "/opt/ml/processing/model" } });
  }
  @Processing({ name: "Before" }) before() {
    return processor({ role, image: "img", instanceType: "ml.m5.large", instanceCount: 1 }).run({});
  }
  @ModelStep({ name: "Named", displayName: "Make it", description: "makes it", dependsOn: (self: Repacked) => [self.before], retry: { repack: [capacity] } })
  named() {
    return model({
      image: "123.dkr.ecr.us-east-1.amazonaws.com/server:1",
      modelData: this.prep().outputs.model,
      role,
      name: "my-model",
      entryPoint: "code/inference.py",
      dependencies: ["helper.py", "libdir"],
    }).create();
  }
  @ModelStep({ name: "Chain" }) chain() {
    return pipelineModel({
      role,
      models: [
        { image: "pre:1", modelData: "s3://b/pre.tar.gz", role },
        { image: "123.dkr.ecr.us-east-1.amazonaws.com/server:1", modelData: "s3://b/model.tar.gz", role, entryPoint: "inference.py", sourceDir: "code" },
      ],
    }).create();
  }
}

const stepsOf = (cls: new () => object) => (evaluatePipeline(cls, { sourceDir: dir }).definition as { Steps: Step[] }).Steps;

t("the repack step comes first, takes the step's depends-on and its own description; the model step neither", () => {
  const steps = stepsOf(Repacked);
  assert.equal(steps.map((s) => s.Name), ["Prep", "Before", "Named-RepackModel-my-model", "Named-CreateModel", "Chain-RepackModel-1", "Chain-CreateModel"]);
  const [repack, create] = [steps[2]!, steps[3]!];
  assert.equal(repack.DependsOn, ["Before"]);
  assert.is(repack.DisplayName, undefined);
  assert.is(repack.Description, "Used to repack a model with customer scripts for a register/create model step");
  assert.equal(repack.RetryPolicies, [{ BackoffRate: 2.0, IntervalSeconds: 1, MaxAttempts: 2, ExceptionType: ["SageMaker.CAPACITY_ERROR"] }]);
  assert.is(create.DependsOn, undefined);
  assert.is(create.DisplayName, "Make it");
  assert.is(create.Description, "makes it");
  assert.is(create.RetryPolicies, undefined);
});

t("repack job: the model's output folder, the model data as its channel and archive, the code's shape as hyperparameters", () => {
  const repack = stepsOf(Repacked)[2]!;
  const data = { Get: "Steps.Prep.ProcessingOutputConfig.Outputs['model'].S3Output.S3Uri" };
  assert.is(repack.Arguments.OutputDataConfig.S3OutputPath, "s3://b/my-model");
  assert.equal(repack.Arguments.InputDataConfig[0].DataSource.S3DataSource.S3Uri, data);
  const hp = repack.Arguments.HyperParameters;
  assert.equal({ ...hp, sagemaker_submit_directory: "…" }, {
    inference_script: '"inference.py"',
    model_archive: { "Std:Join": { On: "", Values: [data] } },
    dependencies: '"helper.py libdir"',
    source_dir: "null",
    sagemaker_submit_directory: "…",
    sagemaker_program: '"_repack_script_launcher.sh"',
    sagemaker_container_log_level: "20",
    sagemaker_region: '"us-east-1"',
  });
  assert.match(hp.sagemaker_submit_directory, /^"s3:\/\/b\/P\/code\/[0-9a-f]{64}\/sourcedir\.tar\.gz"$/);
});

t("the bundle holds the entry point, the dependencies and our repack script (as the asset the URI names)", () => {
  const evaluated = evaluatePipeline(Repacked, { sourceDir: dir });
  const uri = JSON.parse((evaluated.definition as { Steps: Step[] }).Steps[2]!.Arguments.HyperParameters.sagemaker_submit_directory);
  const asset = evaluated.assets.find((a) => a.s3Uri === uri)!;
  const listing = execFileSync("tar", ["tzf", asset.localPath], { encoding: "utf8" }).trim().split("\n");
  assert.equal(listing, ["_repack_model.py", "_repack_script_launcher.sh", "helper.py", "inference.py", "libdir/mod.py"]);
});

t("a pipeline model: one container each, the repacked one serving the repack step's output with script-mode variables", () => {
  const create = stepsOf(Repacked)[5]!;
  assert.equal(create.Arguments.Containers, [
    { Image: "pre:1", Environment: {}, ModelDataUrl: "s3://b/pre.tar.gz" },
    {
      Image: "123.dkr.ecr.us-east-1.amazonaws.com/server:1",
      Environment: { SAGEMAKER_PROGRAM: "inference.py", SAGEMAKER_SUBMIT_DIRECTORY: "/opt/ml/model/code", SAGEMAKER_CONTAINER_LOG_LEVEL: "20", SAGEMAKER_REGION: "us-east-1" },
      ModelDataUrl: { Get: "Steps.Chain-RepackModel-1.ModelArtifacts.S3ModelArtifacts" },
    },
  ]);
  const repack = stepsOf(Repacked)[4]!;
  assert.is(repack.Arguments.HyperParameters.model_archive, '"s3://b/model.tar.gz"');
  assert.is(repack.Arguments.HyperParameters.source_dir, '"code"');
  assert.match(repack.Arguments.OutputDataConfig.S3OutputPath, /^s3:\/\/b\/server-[0-9a-f]{12}$/);
});

const registration = { contentTypes: ["text/csv"], responseTypes: ["text/csv"], modelPackageGroupName: "G" };

@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class NoData {
  @ModelStep({ name: "M" }) m() {
    return model({ image: "img", role, entryPoint: "inference.py" }).create();
  }
}
@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class TutorialCreate {
  @CreateModel({ name: "M" }) m() {
    return createModel({ image: "img", role, modelData: "s3://b/m.tar.gz", entryPoint: "code/inference.py" });
  }
}
@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class CollectionOfModels {
  @RegisterModel({ name: "M" }) m() {
    return registerModel({ role, models: [{ image: "a", role }, { image: "b", role, modelData: "s3://b/m.tar.gz", sourceDir: "code" }], ...registration });
  }
}
@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class MissingCode {
  @ModelStep({ name: "M" }) m() {
    return model({ image: "img", role, modelData: "s3://b/m.tar.gz", entryPoint: "nope.py", sourceDir: "code" }).register(registration);
  }
}

t("mistakes say what to do", () => {
  const run = (cls: new () => object) => () => evaluatePipeline(cls, { sourceDir: dir });
  assert.throws(run(NoData), /Step M: entryPoint 'inference.py' needs modelData: the code is packed into the model's archive/);
  assert.throws(run(TutorialCreate), /createModel\(\) does not pack an entryPoint into the model; use @ModelStep with model\(\{\.\.\.\}\)\.create\(\)/);
  assert.throws(run(CollectionOfModels), /models\[1\]: sourceDir and dependencies need an entryPoint/);
  assert.throws(run(MissingCode), /entry point 'nope.py' is not a file in sourceDir 'code'/);
});

t.run();
