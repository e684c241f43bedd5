// Type-level tests of the EstimatorTransformer and MonitorBatchTransform collections: compiled by
// `tsc -p tsconfig.json`, never run. Each `@ts-expect-error` line must fail to type-check.
import { checkJob, datasetFormat, estimator, estimatorTransformer, monitorBatchTransform, transformer, type PipelineVariable } from "../index.ts";

const role = "arn:aws:iam::123456789012:role/R";
const trainer = estimator({ image: "img", role, instanceType: "ml.m5.xlarge", instanceCount: 1 });
const out = { instanceType: "ml.m5.xlarge", instanceCount: 1, outputPath: "s3://b/o" };
const batch = estimatorTransformer({ estimator: trainer, modelData: "s3://b/m.tar.gz", transformer: out, transformInputs: { data: "s3://b/i" } });

// The collection reads as its transform; the created model by name.
export const ok1: PipelineVariable<string> = batch.outputPath;
export const ok2: PipelineVariable<string> = batch.modelProperties.ModelName;
export const ok3 = estimatorTransformer({ model: { image: "img", role, modelData: "s3://b/m" }, transformer: out, transformInputs: { data: "s3://b/i" } });
// @ts-expect-error the transformer's model is the collection's own
export const bad1 = estimatorTransformer({ estimator: trainer, modelData: "s3://b/m", transformer: { ...out, modelName: "m" }, transformInputs: { data: "s3://b/i" } });
// @ts-expect-error an estimator needs the model data it trained
export const bad2 = estimatorTransformer({ estimator: trainer, transformer: out, transformInputs: { data: "s3://b/i" } });

// MonitorBatchTransform's properties are its check's.
const checks = checkJob({ role, instanceCount: 1, instanceType: "ml.c5.xlarge" });
const tr = transformer({ ...out, modelName: batch.modelProperties.ModelName }).transform({ data: "s3://b/i" });
const quality = monitorBatchTransform({ transform: tr, monitor: checks.dataQuality({ baselineDataset: "s3://b/i", datasetFormat: datasetFormat.csv({ header: false }) }) });
export const ok4: PipelineVariable<string> = quality.properties.CalculatedBaselineStatistics;
export const ok5: PipelineVariable<string> = quality.transformProperties.TransformOutput.S3OutputPath;
// @ts-expect-error the monitor is a quality or Clarify check, not a transform
export const bad3 = monitorBatchTransform({ transform: tr, monitor: tr });
