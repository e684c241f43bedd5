// Conformance case `clarify_check_step`: data bias, model bias and SHAP explainability checks on
// one dataset, sharing a check job; each step's Clarify analysis configuration is generated at
// build time and uploaded content-addressed beside the results.
import { ClarifyCheck, Pipeline, checkJob, param, type ClarifyBiasConfig, type ClarifyDataConfig, type ClarifyModelConfig } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const checks = checkJob({ role, instanceCount: 1, instanceType: "ml.c5.xlarge", volumeSizeInGB: 120 });
const dataConfig: ClarifyDataConfig = {
  s3DataInputPath: "s3://my-bucket/data/train.csv",
  s3OutputPath: "s3://my-bucket/clarify/output",
  label: "target",
  headers: ["target", "age", "income", "gender"],
  datasetType: "text/csv",
};
const dataBiasConfig: ClarifyBiasConfig = { labelValuesOrThreshold: [1], facetName: "gender", facetValuesOrThreshold: [0] };
const modelConfig: ClarifyModelConfig = { modelName: "my-model", instanceType: "ml.m5.xlarge", instanceCount: 1, acceptType: "text/csv", contentType: "text/csv" };

@Pipeline({ name: "ClarifyCheckPipeline", region: "us-east-1", bucket: "my-bucket" })
export class ClarifyCheckPipeline {
  skip = param.boolean("SkipBiasCheck", false);

  @ClarifyCheck({ name: "DataBiasCheck" })
  dataBias() {
    return checks.dataBias({ dataConfig, dataBiasConfig, skipCheck: this.skip, registerNewBaseline: false, modelPackageGroupName: "ClarifyGroup" });
  }

  @ClarifyCheck({ name: "ModelBiasCheck" })
  modelBias() {
    return checks.modelBias({
      dataConfig,
      dataBiasConfig,
      modelConfig,
      modelPredictedLabelConfig: { probabilityThreshold: 0.5 },
      skipCheck: false,
      registerNewBaseline: true,
      suppliedBaselineConstraints: "s3://my-bucket/baselines/bias_constraints.json",
      modelPackageGroupName: "ClarifyGroup",
    });
  }

  @ClarifyCheck({ name: "ModelExplainabilityCheck", dependsOn: (self: ClarifyCheckPipeline) => [self.dataBias] })
  explainability() {
    return checks.modelExplainability({
      dataConfig,
      modelConfig,
      explainabilityConfig: { baseline: [[35, 50000, 1]], numSamples: 10, aggMethod: "mean_abs" },
      skipCheck: true,
      registerNewBaseline: false,
      modelPackageGroupName: "ClarifyGroup",
    });
  }
}
