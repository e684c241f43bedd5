// Quality check steps import as `checkJob({...}).dataQuality({...})` / `.modelQuality({...})`
// with every option the helper has (scripts by S3 URI, job environment, KMS keys, run time,
// default output location, failOnViolation): a definition sagepipe built from such a source
// imports with no step kept verbatim and builds back equal.
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { builtDefinition } from "./built-round-trip.ts";
import { assertClean, roundTrip } from "./round-trip.ts";

const SOURCE = `
import { Pipeline, QualityCheck, checkJob, datasetFormat, param } from "@sagepipe/core";

const checks = checkJob({
  role: "arn:aws:iam::123456789012:role/Checks",
  instanceCount: 2,
  volumeKmsKey: "alias/volume",
  outputKmsKey: "alias/output",
  maxRuntimeInSeconds: 3600,
  env: { EXTRA: "1" },
});

@Pipeline({ name: "checks-all-options", region: "eu-west-1", bucket: "my-bucket" })
export class ChecksPipeline {
  problem = param.string("ProblemType", "BinaryClassification");
  failOnViolation = param.boolean("FailOnViolation", true);

  @QualityCheck({ name: "Data" })
  data() {
    return checks.dataQuality({
      baselineDataset: "s3://my-bucket/data/train.jsonl",
      datasetFormat: datasetFormat.json({ lines: false }),
      recordPreprocessorScript: "s3://my-bucket/code/preprocess.py",
      postAnalyticsProcessorScript: "s3://my-bucket/code/post.py",
      failOnViolation: false,
    });
  }

  @QualityCheck({ name: "Model", dependsOn: (self: ChecksPipeline) => [self.data] })
  model() {
    return checks.modelQuality({
      baselineDataset: this.data().properties.CalculatedBaselineStatistics,
      datasetFormat: datasetFormat.parquet(),
      problemType: this.problem,
      probabilityAttribute: 2,
      probabilityThresholdAttribute: "0.5",
      postAnalyticsProcessorScript: "s3://my-bucket/code/post.py",
      failOnViolation: this.failOnViolation,
      suppliedBaselineConstraints: "s3://my-bucket/baselines/constraints.json",
    });
  }
}
`;

const t = suite("sagepipe import: quality check steps");

t("every option of checkJob().dataQuality() and .modelQuality() round-trips", async () => {
  const text = await builtDefinition(SOURCE, "checks-all-options");
  const r = await roundTrip(text, "checks.json");
  assertClean(r);
  assert.match(r.source, `region: "eu-west-1"`);
  assert.match(r.source, "checks.dataQuality({");
  assert.match(r.source, "checks.modelQuality({");
  assert.match(r.source, "datasetFormat.json({ lines: false })");
  assert.match(r.source, `recordPreprocessorScript: "s3://my-bucket/code/preprocess.py"`);
  assert.match(r.source, "env: { EXTRA: \"1\" }");
});

t("a quality check whose image is not the analyzer's of its region is kept verbatim, saying why", async () => {
  const text = await builtDefinition(SOURCE, "checks-all-options");
  const changed = text.replace(/"ImageUri": "[^"]*sagemaker-model-monitor-analyzer"/, `"ImageUri": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/my-analyzer:1"`);
  assert.is.not(changed, text);
  const r = await roundTrip(changed, "checks.json");
  assert.ok(r.imported, r.imported ? "" : r.error);
  if (!r.imported) return;
  assert.is(r.warnings.length, 1);
  assert.match(r.warnings[0]!, /step Data is kept verbatim \(verbatimStep\("QualityCheck", \.\.\.\)\): \/Steps\/0\/Arguments\/AppSpecification: checkJob\(\)\.dataQuality\(\) runs the Model Monitor analyzer image of the pipeline's region/);
  assert.equal(r.unexpected, [], r.source);
});

t.run();
