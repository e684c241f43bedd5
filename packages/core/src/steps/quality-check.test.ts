import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { Pipeline, QualityCheck, checkJob, datasetFormat, param } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const t = suite("quality check steps");
const role = "arn:aws:iam::123456789012:role/R";
type Step = { Name: string; Arguments: { ProcessingInputs: { InputName: string; S3Input: { S3Uri: unknown; LocalPath: string } }[]; ProcessingOutputConfig: { Outputs: { S3Output: { S3Uri: unknown } }[] }; Environment: Record<string, string>; ProcessingResources: unknown }; [key: string]: unknown };
let dir = "";
t.before(() => {
  dir = mkdtempSync(join(tmpdir(), "sagepipe-quality-"));
  writeFileSync(join(dir, "post.py"), "# post-analytics\n");
});
t.after(() => rmSync(dir, { recursive: true, force: true }));

const defaults = checkJob({ role, env: { EXTRA: "1" } });

@Pipeline({ name: "Checks", region: "eu-west-1", bucket: "b" })
class Checks {
  dataset = param.string("Dataset", "s3://b/data.jsonl");
  @QualityCheck({ name: "Data" }) data() {
    return defaults.dataQuality({
      baselineDataset: this.dataset,
      datasetFormat: datasetFormat.json(),
      postAnalyticsProcessorScript: "post.py",
      recordPreprocessorScript: "s3://b/scripts/pre.py",
    });
  }
  @QualityCheck({ name: "Model" }) model() {
    return defaults.modelQuality({
      baselineDataset: "s3://b/predictions.parquet",
      datasetFormat: datasetFormat.parquet(),
      problemType: "BinaryClassification",
      probabilityAttribute: 1,
      probabilityThresholdAttribute: 0.5,
      groundTruthAttribute: 0,
      failOnViolation: false,
    });
  }
}

t("defaults: the analyzer image of the region, 1 x ml.m5.xlarge with 30 GB, the execution-scoped output", () => {
  const [data] = (evaluatePipeline(Checks, { sourceDir: dir }).definition as { Steps: Step[] }).Steps;
  assert.equal(data!.Arguments.ProcessingResources, { ClusterConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1, VolumeSizeInGB: 30 } });
  assert.equal(data!.Arguments.ProcessingOutputConfig.Outputs[0]!.S3Output.S3Uri, {
    "Std:Join": { On: "/", Values: ["s3:/", "b", "Checks", { Get: "Execution.PipelineExecutionId" }, "Data", "output", "quality_check_output"] },
  });
  assert.equal((data!.Arguments as unknown as { AppSpecification: unknown }).AppSpecification, { ImageUri: "468650794304.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer" });
});

t("scripts become inputs (a local one uploaded), named in the environment after the job's own variables", () => {
  const evaluated = evaluatePipeline(Checks, { sourceDir: dir });
  const [data] = (evaluated.definition as { Steps: Step[] }).Steps;
  assert.equal(data!.Arguments.ProcessingInputs.map((i) => i.InputName), ["baseline_dataset_input", "post_analytics_processor_script_input", "record_preprocessor_script_input"]);
  assert.equal(data!.Arguments.ProcessingInputs[0]!.S3Input.S3Uri, { Get: "Parameters.Dataset" });
  const uploaded = evaluated.assets.find((a) => a.s3Uri.endsWith("/post.py"));
  assert.ok(uploaded && uploaded.s3Uri.startsWith("s3://b/Checks/code/"), "post.py is an asset");
  assert.is(data!.Arguments.ProcessingInputs[1]!.S3Input.S3Uri, uploaded!.s3Uri);
  assert.equal(data!.Arguments.Environment, {
    EXTRA: "1",
    output_path: "/opt/ml/processing/output",
    publish_cloudwatch_metrics: "Disabled",
    dataset_format: '{"json": {"lines": true}}',
    record_preprocessor_script: "/opt/ml/processing/input/record_preprocessor_script_input/pre.py",
    post_analytics_processor_script: "/opt/ml/processing/input/post_analytics_processor_script_input/post.py",
    dataset_source: "/opt/ml/processing/input/baseline_dataset_input",
  });
});

t("model quality: attributes as text, and the check's keys with nulls for what is not given", () => {
  const [, model] = (evaluatePipeline(Checks, { sourceDir: dir }).definition as { Steps: Step[] }).Steps;
  assert.equal(model!.Arguments.Environment, {
    EXTRA: "1",
    output_path: "/opt/ml/processing/output",
    publish_cloudwatch_metrics: "Disabled",
    dataset_format: '{"parquet": {}}',
    dataset_source: "/opt/ml/processing/input/baseline_dataset_input",
    analysis_type: "MODEL_QUALITY",
    problem_type: "BinaryClassification",
    probability_attribute: "1",
    ground_truth_attribute: "0",
    probability_threshold_attribute: "0.5",
  });
  const { Name, Type, Arguments, ...keys } = model!;
  assert.equal(keys, {
    CheckType: "MODEL_QUALITY", ModelPackageGroupName: null, SkipCheck: false, FailOnViolation: false, RegisterNewBaseline: false,
    SuppliedBaselineStatistics: null, SuppliedBaselineConstraints: null,
  });
});

@Pipeline({ name: "Local", region: "us-east-1", bucket: "b" })
class LocalDataset {
  @QualityCheck({ name: "Data" }) data() {
    return checkJob({ role }).dataQuality({ baselineDataset: "data/train.csv", datasetFormat: datasetFormat.csv() });
  }
}

t("a local baseline dataset is an error that says to upload it", () => {
  assert.throws(() => evaluatePipeline(LocalDataset, { sourceDir: dir }), /Step Data: baselineDataset 'data\/train.csv' is not an S3 URI; upload the dataset/);
});

t("csv format defaults: a header, outputs first", () => {
  assert.equal(datasetFormat.csv(), { csv: { header: true, output_columns_position: "START" } });
  assert.equal(datasetFormat.json({ lines: false }), { json: { lines: false } });
});

t.run();
