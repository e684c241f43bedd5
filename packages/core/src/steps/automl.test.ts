import { suite } from "uvu";
import * as assert from "uvu/assert";
import { AutoML, ModelStep, Pipeline, autoML, param } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const role = "arn:aws:iam::123456789012:role/R";
const t = suite("AutoML step");
type Step = { Name: string; Arguments: Record<string, unknown> };
const stepsOf = (cls: new () => object) => (evaluatePipeline(cls, { sourceDir: "." }).definition as unknown as { Steps: Step[] }).Steps;

@Pipeline({ name: "P", region: "us-east-1", bucket: "b", definitionConfig: { useCustomJobPrefix: true } })
class PlainUri {
  data = param.string("Data", "s3://b/data.csv");
  @AutoML() automl() {
    return autoML({
      role, targetAttributeName: "label", contentType: "text/csv;header=present", compressionType: "Gzip",
      baseJobName: "churn-prediction", validationFraction: 0.2, featureSpecificationS3Uri: "s3://b/features.json",
      vpcConfig: { securityGroupIds: ["sg-1"], subnets: ["subnet-1"] }, volumeKmsKey: "kms-vol", tags: { team: "ml" },
    }).fit(this.data);
  }
  @ModelStep() best() {
    return this.automl().bestModel({ role }).create();
  }
}

t("a plain URI becomes one channel with the job's target, content type and compression", () => {
  const a = stepsOf(PlainUri)[0]!.Arguments;
  assert.equal(a.InputDataConfig, [{ DataSource: { S3DataSource: { S3DataType: "S3Prefix", S3Uri: { Get: "Parameters.Data" } } }, TargetAttributeName: "label", CompressionType: "Gzip", ContentType: "text/csv;header=present" }]);
});

t("defaults and options: output at the bucket, ENSEMBLING, no completion criteria unless given; the job name kept and cut to 8", () => {
  const a = stepsOf(PlainUri)[0]!.Arguments;
  assert.is(a.AutoMLJobName, "churn-pr");
  assert.equal(a.OutputDataConfig, { S3OutputPath: "s3://b/" });
  assert.equal(a.AutoMLJobConfig, {
    SecurityConfig: { EnableInterContainerTrafficEncryption: false, VolumeKmsKeyId: "kms-vol", VpcConfig: { SecurityGroupIds: ["sg-1"], Subnets: ["subnet-1"] } },
    CandidateGenerationConfig: { FeatureSpecificationS3Uri: "s3://b/features.json" },
    DataSplitConfig: { ValidationFraction: 0.2 },
    Mode: "ENSEMBLING",
  });
  assert.equal(a.Tags, [{ Key: "team", Value: "ml" }]);
});

t("the best model reads the best candidate's first inference container", () => {
  const create = stepsOf(PlainUri)[1]!;
  assert.is(create.Name, "Best-CreateModel");
  const container = create.Arguments.PrimaryContainer as Record<string, unknown>;
  assert.equal(container.Image, { Get: "Steps.Automl.BestCandidate.InferenceContainers[0].Image" });
  assert.equal(Object.keys(container.Environment as object).length, 6);
});

@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class HalfObjective {
  @AutoML() automl() {
    return autoML({ role, problemType: "Regression" }).fit([]);
  }
}

t("problem type and objective go together; some input is needed", () => {
  assert.throws(() => evaluatePipeline(HalfObjective, { sourceDir: "." }), (e: Error) => e.message.includes("give problemType and jobObjective together") && e.message.includes("fit() got no inputs"));
});

t.run();
