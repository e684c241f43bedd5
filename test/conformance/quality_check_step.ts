// Conformance case `quality_check_step`: a data quality check (CSV with a header, parameters
// for skip / register / supplied baselines, cache) and a model quality check (regression,
// inference and ground-truth attributes) sharing one check job; their calculated and
// drift-check baselines feed a model registration's metrics and drift-check baselines.
import { ModelStep, Pipeline, QualityCheck, checkJob, datasetFormat, model, param } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const checks = checkJob({ role, instanceCount: 1, instanceType: "ml.c5.xlarge", volumeSizeInGB: 120 });
const json = "application/json";

@Pipeline({ name: "QualityCheckPipeline", region: "us-east-1", bucket: "my-bucket" })
export class QualityCheckPipeline {
  skipCheck = param.boolean("SkipDataQualityCheck", false);
  registerNew = param.boolean("RegisterNewDataQualityBaseline", false);
  suppliedStatistics = param.string("SuppliedStatistics", "");
  suppliedConstraints = param.string("SuppliedConstraints", "");

  @QualityCheck({ name: "DataQualityCheck", cache: { enabled: true, expireAfter: "PT1H" } })
  dataQuality() {
    return checks.dataQuality({
      baselineDataset: "s3://my-bucket/data/train.csv",
      datasetFormat: datasetFormat.csv({ header: true, outputColumnsPosition: "START" }),
      outputS3Uri: "s3://my-bucket/monitoring/data-quality",
      skipCheck: this.skipCheck,
      registerNewBaseline: this.registerNew,
      suppliedBaselineStatistics: this.suppliedStatistics,
      suppliedBaselineConstraints: this.suppliedConstraints,
      modelPackageGroupName: "QualityGroup",
    });
  }

  @QualityCheck({ name: "ModelQualityCheck" })
  modelQuality() {
    return checks.modelQuality({
      baselineDataset: "s3://my-bucket/data/predictions.csv",
      datasetFormat: datasetFormat.csv({ header: false }),
      outputS3Uri: "s3://my-bucket/monitoring/model-quality",
      problemType: "Regression",
      inferenceAttribute: "_c1",
      groundTruthAttribute: "_c0",
      skipCheck: true,
      registerNewBaseline: true,
      modelPackageGroupName: "QualityGroup",
    });
  }

  @ModelStep({ name: "RegisterWithBaselines" })
  register() {
    const data = this.dataQuality().properties;
    return model({
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-model:latest",
      modelData: "s3://my-bucket/models/model.tar.gz",
      role,
    }).register({
      contentTypes: ["text/csv"],
      responseTypes: ["text/csv"],
      inferenceInstances: ["ml.m5.xlarge"],
      transformInstances: ["ml.m5.xlarge"],
      modelPackageGroupName: "QualityGroup",
      modelMetrics: {
        modelDataStatistics: { s3Uri: data.CalculatedBaselineStatistics, contentType: json },
        modelDataConstraints: { s3Uri: data.CalculatedBaselineConstraints, contentType: json },
      },
      driftCheckBaselines: {
        modelDataStatistics: { s3Uri: data.BaselineUsedForDriftCheckStatistics, contentType: json },
        modelDataConstraints: { s3Uri: data.BaselineUsedForDriftCheckConstraints, contentType: json },
        modelStatistics: { s3Uri: this.modelQuality().properties.BaselineUsedForDriftCheckStatistics, contentType: json },
      },
    });
  }
}
