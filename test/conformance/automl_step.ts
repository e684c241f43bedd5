// Conformance case `automl_step`: an AutoML job (ENSEMBLING) with training and validation channels;
// the best candidate's model created and registered with its reports as model metrics.
import { AutoML, ModelStep, Pipeline, autoML, autoMLInput } from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";

@Pipeline({ name: "AutoMLStepPipeline", region: "us-east-1", bucket: "my-bucket" })
export class AutoMLStepPipeline {
  @AutoML({ name: "AutoML" })
  automl() {
    return autoML({
      role,
      targetAttributeName: "target",
      outputPath: "s3://my-bucket/automl/output",
      problemType: "BinaryClassification",
      jobObjective: { metricName: "F1" },
      maxCandidates: 5,
      totalJobRuntimeInSeconds: 3600,
      mode: "ENSEMBLING",
      baseJobName: "automl",
    }).fit([
      autoMLInput({ inputs: "s3://my-bucket/automl/train.csv", targetAttributeName: "target", channelType: "training" }),
      autoMLInput({ inputs: "s3://my-bucket/automl/valid.csv", targetAttributeName: "target", channelType: "validation" }),
    ]);
  }

  @ModelStep({ name: "CreateBestModel" })
  createBestModel() {
    return this.automl().bestModel({ role }).create({ instanceType: "ml.m5.xlarge" });
  }

  @ModelStep({ name: "RegisterBestModel" })
  registerBestModel() {
    const reports = this.automl().properties.BestCandidateProperties;
    return this.automl().bestModel({ role }).register({
      contentTypes: ["text/csv"],
      responseTypes: ["text/csv"],
      inferenceInstances: ["ml.m5.xlarge"],
      transformInstances: ["ml.m5.xlarge"],
      modelPackageGroupName: "AutoMLGroup",
      modelMetrics: {
        modelStatistics: { s3Uri: reports.ModelInsightsJsonReportPath, contentType: "application/json" },
        explainabilityConstraints: { s3Uri: reports.ExplainabilityJsonReportPath, contentType: "application/json" },
      },
    });
  }
}
