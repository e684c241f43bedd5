// The EstimatorTransformer and MonitorBatchTransformStep collections of SDK v2.257.6 (tag
// commit fc582aaa46fa). What each member is called, in what order, and which envelope keys it
// carries comes from the SDK's source, cited beside each expectation:
//   src/sagemaker/workflow/step_collections.py  (SC)   EstimatorTransformer, l.329-493
//   src/sagemaker/workflow/monitor_batch_transform_step.py  (MBT)
//   src/sagemaker/workflow/_steps_compiler.py  (COMP)  a depends-on on a collection lists every
//     member (_simplify_step_list, l.219-249); DependsOn is written from the step's depends_on only (l.336-340)
// Each member's Arguments are checked against the plain step of the same kind built on its own
// (the shared goldens pin those renderings down): SC builds the members from the same
// Model/CreateModelStep, Transformer/TransformStep and QualityCheckStep classes.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import {
  CreateModel, MonitorBatchTransform, Pipeline, QualityCheck, Transform,
  checkJob, createModel, datasetFormat, monitorBatchTransform, transformer,
} from "../../packages/core/src/index.ts";
import { evaluatePipeline } from "../../packages/core/src/evaluate/definition.ts";
import { main } from "../../packages/cli/src/main.ts";
import { validateDefinition } from "../../packages/validate/src/index.ts";

const HERE = new URL(".", import.meta.url).pathname;
const t = suite("step collections: EstimatorTransformer, MonitorBatchTransformStep");

type Step = Record<string, any>;
let built: { Steps: Step[] } | undefined;

async function definition(): Promise<{ Steps: Step[] }> {
  if (built) return built;
  const out = mkdtempSync(join(tmpdir(), "sagepipe-collections-"));
  let log = "";
  const io = { out: (s: string) => (log += s + "\n"), err: (s: string) => (log += s + "\n"), isTTY: false, cwd: HERE, env: process.env };
  try {
    const code = await main(["build", join(HERE, "collections.ts"), "--out", out], io);
    assert.is(code, 0, log);
    return (built = JSON.parse(readFileSync(join(out, "CollectionsPipeline.json"), "utf8")));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
function byName(d: { Steps: Step[] }, name: string): Step {
  const step = d.Steps.find((s) => s.Name === name);
  if (!step) throw new Error(`no step ${name}`);
  return step;
}

t("member names and order: <name>[RepackModel], <name>CreateModelStep, <name>TransformStep; <name>-transform, <name>-monitoring", async () => {
  const d = await definition();
  assert.equal(d.Steps.map((s) => `${s.Name}:${s.Type}`), [
    "Train:Training",
    "BatchCreateModelStep:Model", // SC l.453-464: name=f"{name}CreateModelStep"
    "BatchTransformStep:Transform", // SC l.483-491: name=f"{name}TransformStep"
    "RepackedRepackModel:Training", // SC l.411-432: with entry_point, _RepackModelStep(name=f"{name}RepackModel") first
    "RepackedCreateModelStep:Model",
    "RepackedTransformStep:Transform",
    "Monitored-transform:Transform", // MBT l.98, appended first (l.104) even when it runs second
    "Monitored-monitoring:QualityCheck", // MBT l.106, appended second (l.142)
    "Scored-transform:Transform",
    "Scored-monitoring:QualityCheck",
    "Served-RepackModel-0:Training",
    "Served-CreateModel:Model",
    "Registered-RepackModel:Training",
    "Registered-RegisterModel:RegisterModel",
    "Report:Processing",
  ]);
});

t("EstimatorTransformer: depends-on on the first member, display name and description on all, retry policies by part", async () => {
  const d = await definition();
  // SC l.415-418: the repack step takes depends_on; l.461-463: the model step only when it is first.
  assert.equal(byName(d, "RepackedRepackModel").DependsOn, ["Train"]);
  assert.is(byName(d, "RepackedCreateModelStep").DependsOn, undefined);
  assert.is(byName(d, "RepackedTransformStep").DependsOn, undefined); // SC l.483-490: no depends_on
  for (const name of ["BatchCreateModelStep", "BatchTransformStep"]) {
    assert.is(byName(d, name).DisplayName, "Batch scoring"); // SC l.457-458, 487-488
    assert.is(byName(d, name).Description, "scores the test set");
  }
  // SC l.359-361, 459, 489: model_step_retry_policies and transform_step_retry_policies.
  assert.equal(byName(d, "BatchCreateModelStep").RetryPolicies.map((r: Step) => r.ExceptionType), [["Step.THROTTLING"]]);
  assert.equal(byName(d, "BatchTransformStep").RetryPolicies.map((r: Step) => r.ExceptionType), [["SageMaker.CAPACITY_ERROR"]]);
  // SC l.433: the model serves the repacked archive; l.467: the transformer runs the created model.
  assert.equal(byName(d, "RepackedCreateModelStep").Arguments.PrimaryContainer.ModelDataUrl, { Get: "Steps.RepackedRepackModel.ModelArtifacts.S3ModelArtifacts" });
  assert.equal(byName(d, "RepackedTransformStep").Arguments.ModelName, { Get: "Steps.RepackedCreateModelStep.ModelName" });
  assert.equal(byName(d, "BatchCreateModelStep").Arguments.PrimaryContainer.ModelDataUrl, { Get: "Steps.Train.ModelArtifacts.S3ModelArtifacts" });
});

t("MonitorBatchTransformStep: which member waits for which, display names with suffixes, the check's fixed keys", async () => {
  const d = await definition();
  // MBT l.154-157: before the transform, the transform depends on the check; otherwise the reverse.
  assert.equal(byName(d, "Monitored-transform").DependsOn, ["Monitored-monitoring"]);
  assert.is(byName(d, "Monitored-monitoring").DependsOn, undefined);
  assert.is(byName(d, "Scored-transform").DependsOn, undefined);
  assert.equal(byName(d, "Scored-monitoring").DependsOn, ["Scored-transform"]);
  // MBT l.99, 107: "<display_name>-transform" / "-monitoring"; the description on both (l.100, 111).
  assert.is(byName(d, "Monitored-transform").DisplayName, "Monitored batch-transform");
  assert.is(byName(d, "Monitored-monitoring").DisplayName, "Monitored batch-monitoring");
  assert.is(byName(d, "Monitored-monitoring").Description, "checks the input first");
  assert.is(byName(d, "Scored-transform").DisplayName, undefined);
  // MBT l.115-118: skip_check=False, the supplied baselines and fail_on_violation as given.
  const check = byName(d, "Monitored-monitoring");
  assert.equal([check.CheckType, check.SkipCheck, check.FailOnViolation, check.RegisterNewBaseline, check.ModelPackageGroupName, check.SuppliedBaselineConstraints],
    ["DATA_QUALITY", false, false, false, null, "s3://my-bucket/baseline/constraints.json"]);
});

t("a depends-on on a collection lists every member; references read the last member", async () => {
  const d = await definition();
  // COMP l.243-246: each sub-step of a StepCollection in depends_on (ModelStep and RegisterModel
  // are StepCollections too: their repack steps are listed with them).
  assert.equal(byName(d, "Report").DependsOn, [
    "RepackedRepackModel", "RepackedCreateModelStep", "RepackedTransformStep", "Monitored-transform", "Monitored-monitoring",
    "Served-RepackModel-0", "Served-CreateModel", "Registered-RepackModel", "Registered-RegisterModel",
  ]);
  // SC l.54-59: StepCollection.properties are steps[-1]'s.
  assert.equal(byName(d, "Report").Arguments.ProcessingInputs[0].S3Input.S3Uri, { Get: "Steps.Scored-monitoring.CalculatedBaselineConstraints" });
  assert.equal(byName(d, "Scored-monitoring").Arguments.ProcessingInputs[0].S3Input.S3Uri, { Get: "Steps.BatchTransformStep.TransformOutput.S3OutputPath" });
});

t("each member's Arguments are those of the plain step of its kind", async () => {
  const d = await definition();
  const role = "arn:aws:iam::123456789012:role/SageMakerRole";
  const image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-model:latest";
  const batchTransformer = { instanceType: "ml.m5.xlarge", instanceCount: 1, outputPath: "s3://my-bucket/batch-out", accept: "text/csv" };
  const checks = checkJob({ role, instanceCount: 1, instanceType: "ml.c5.xlarge" });
  @Pipeline({ name: "CollectionsPipeline", region: "us-east-1", bucket: "my-bucket" })
  class Plain {
    @CreateModel({ name: "RepackedCreateModelStep" }) create() {
      return createModel({ image, role, modelData: "s3://my-bucket/models/model.tar.gz" });
    }
    @Transform({ name: "BatchTransformStep" }) batch() {
      return transformer({ ...batchTransformer, modelName: this.create().modelName }).transform({ data: "s3://my-bucket/data/test", contentType: "text/csv" });
    }
    @QualityCheck({ name: "Monitored-monitoring" }) check() {
      return checks.dataQuality({ baselineDataset: "s3://my-bucket/data/live", datasetFormat: datasetFormat.csv({ header: false }), failOnViolation: false, suppliedBaselineConstraints: "s3://my-bucket/baseline/constraints.json" });
    }
  }
  const plain = (evaluatePipeline(Plain, { sourceDir: HERE }).definition as unknown as { Steps: Step[] }).Steps;
  const [create, batch, check] = plain as [Step, Step, Step];
  const { PrimaryContainer: _a, ...createRest } = create.Arguments;
  const { PrimaryContainer: _b, ...memberRest } = byName(d, "RepackedCreateModelStep").Arguments;
  assert.equal(memberRest, createRest);
  assert.equal({ ...byName(d, "RepackedCreateModelStep").Arguments.PrimaryContainer, ModelDataUrl: "x" }, { ...create.Arguments.PrimaryContainer, ModelDataUrl: "x" });
  assert.equal({ ...byName(d, "BatchTransformStep").Arguments, ModelName: "x" }, { ...batch.Arguments, ModelName: "x" });
  const { DisplayName: _d, Description: _e, ...memberCheck } = byName(d, "Monitored-monitoring");
  assert.equal(memberCheck, check);
});

t("validate accepts the collections' output", async () => {
  assert.equal(validateDefinition(await definition()), []);
});

t("the SDK's rules: only data quality and model explainability checks run before the transform; the check never skips", () => {
  const role = "arn:aws:iam::123456789012:role/R";
  const checks = checkJob({ role, instanceCount: 1, instanceType: "ml.c5.xlarge" });
  const tr = () => transformer({ modelName: "m", instanceType: "ml.m5.xlarge", instanceCount: 1, outputPath: "s3://b/o" }).transform({ data: "s3://b/i" });
  const fmt = datasetFormat.csv({ header: false });
  @Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
  class Before {
    @MonitorBatchTransform({ name: "M" }) m() {
      return monitorBatchTransform({ transform: tr(), monitor: checks.modelQuality({ baselineDataset: "s3://b/p", datasetFormat: fmt, problemType: "Regression" }), monitorBeforeTransform: true });
    }
  }
  assert.throws(() => evaluatePipeline(Before, { sourceDir: "." }), /Step M: monitorBeforeTransform needs a data quality or model explainability check \(this one is MODEL_QUALITY\)/); // MBT l.144-152
  @Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
  class Skips {
    @MonitorBatchTransform({ name: "M" }) m() {
      return monitorBatchTransform({ transform: tr(), monitor: checks.dataQuality({ baselineDataset: "s3://b/p", datasetFormat: fmt, skipCheck: true, modelPackageGroupName: "G" }) });
    }
  }
  assert.throws(() => evaluatePipeline(Skips, { sourceDir: "." }), /Step M: a monitoring check does not take skipCheck, modelPackageGroupName/); // MBT l.115, 132
});

t.run();
