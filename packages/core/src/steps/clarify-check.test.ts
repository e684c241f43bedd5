import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ClarifyCheck, Pipeline, analysisConfig, checkJob, param, type ClarifyDataConfig } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const t = suite("Clarify check steps");
const role = "arn:aws:iam::123456789012:role/R";
const data: ClarifyDataConfig = { s3DataInputPath: "s3://b/in.csv", s3OutputPath: "s3://b/out/", label: 0 };
const model = { modelName: "m", instanceType: "ml.m5.large", instanceCount: 1 };
let generated = "";
t.before(() => {
  generated = mkdtempSync(join(tmpdir(), "sagepipe-clarify-"));
  process.env.SAGEPIPE_GENERATED_DIR = generated;
});
t.after(() => {
  delete process.env.SAGEPIPE_GENERATED_DIR;
  rmSync(generated, { recursive: true, force: true });
});

t("several facets, with one value list each; a group variable; chosen methods", () => {
  const config = analysisConfig({
    type: "DATA_BIAS",
    config: { dataConfig: data, dataBiasConfig: { labelValuesOrThreshold: [1], facetName: ["age", "sex"], facetValuesOrThreshold: [[40], ["F"]], groupName: "zip" }, methods: ["CI", "DPL"] },
  });
  assert.equal(config, {
    dataset_type: "text/csv",
    label: 0,
    label_values_or_threshold: [1],
    facet: [{ name_or_index: "age", value_or_threshold: [40] }, { name_or_index: "sex", value_or_threshold: ["F"] }],
    group_variable: "zip",
    methods: { pre_training_bias: { methods: ["CI", "DPL"] }, report: { name: "report", title: "Analysis Report" } },
  });
});

t("explainability: scores read by a predicted-label config set the threshold and the predictor's label", () => {
  const config = analysisConfig({
    type: "MODEL_EXPLAINABILITY",
    config: { dataConfig: data, modelConfig: model, explainabilityConfig: { numClusters: 3, seed: 7 }, modelScores: { label: "score", probabilityThreshold: 0.7 } },
  });
  assert.equal(config.probability_threshold, 0.7);
  assert.equal(config.predictor, { instance_type: "ml.m5.large", initial_instance_count: 1, label: "score" });
  assert.equal(config.methods, { shap: { use_logit: false, save_local_shap_values: true, seed: 7, num_clusters: 3 }, report: { name: "report", title: "Analysis Report" } });
  const byIndex = analysisConfig({ type: "MODEL_EXPLAINABILITY", config: { dataConfig: data, modelConfig: model, explainabilityConfig: {}, modelScores: 1 } });
  assert.equal((byIndex.predictor as Record<string, unknown>).label, 1);
});

@Pipeline({ name: "C", region: "us-east-1", bucket: "b" })
class Configured {
  output = param.string("Output", "s3://b/results");
  @ClarifyCheck({ name: "Bias" }) bias() {
    return checkJob({ role }).dataBias({
      dataConfig: { ...data, s3OutputPath: this.output, s3AnalysisConfigOutputPath: "s3://b/configs", s3CompressionType: "Gzip" },
      dataBiasConfig: { labelValuesOrThreshold: [1], facetName: "sex" },
    });
  }
}

t("the analysis config goes to s3AnalysisConfigOutputPath, content-addressed; results to the (variable) output path", () => {
  const evaluated = evaluatePipeline(Configured, { sourceDir: "." });
  const step = (evaluated.definition as { Steps: { Arguments: { ProcessingInputs: { S3Input: Record<string, unknown> }[]; ProcessingOutputConfig: unknown } }[] }).Steps[0]!;
  const configUri = step.Arguments.ProcessingInputs[0]!.S3Input.S3Uri as string;
  assert.match(configUri, /^s3:\/\/b\/configs\/[0-9a-f]{64}\/analysis_config\.json$/);
  assert.is(step.Arguments.ProcessingInputs[1]!.S3Input.S3CompressionType, "Gzip");
  assert.equal(step.Arguments.ProcessingOutputConfig, {
    Outputs: [{ OutputName: "analysis_result", AppManaged: false, S3Output: { S3Uri: { Get: "Parameters.Output" }, LocalPath: "/opt/ml/processing/output", S3UploadMode: "EndOfJob" } }],
  });
  const asset = evaluated.assets.find((a) => a.s3Uri === configUri)!;
  assert.ok(configUri.includes(asset.sha256), "the URI holds the file's sha256");
  assert.equal(JSON.parse(readFileSync(asset.localPath, "utf8")).facet, [{ name_or_index: "sex" }]);
});

@Pipeline({ name: "C", region: "us-east-1", bucket: "b" })
class Mistakes {
  output = param.string("Output", "s3://b/results");
  @ClarifyCheck({ name: "Explain" }) explain() {
    return checkJob({ role }).modelExplainability({
      dataConfig: { ...data, s3OutputPath: this.output },
      modelConfig: model,
      explainabilityConfig: { baseline: [[1, 2]], numClusters: 2 },
    });
  }
}

t("mistakes are listed together, each saying what to do", () => {
  assert.throws(
    () => evaluatePipeline(Mistakes, { sourceDir: "." }),
    (e: Error) => /s3OutputPath is a pipeline variable.*give dataConfig\.s3AnalysisConfigOutputPath/.test(e.message) && /give baseline or numClusters, not both/.test(e.message),
  );
});

t.run();
