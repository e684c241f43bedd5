// Type-level tests of Lambda, Callback, endpoint, check and model steps: compiled by
// `tsc -p tsconfig.json`, never run. Each `@ts-expect-error` line must fail to type-check.
import {
  callback, checkJob, datasetFormat, endpoint, endpointConfig, eq, gt, inferenceComponent, lambdaFunction, model, modelPackage, param, pipelineModel, processor, pytorchModel,
  type PipelineVariable,
} from "../index.ts";

const role = "arn:aws:iam::123456789012:role/R";
const fn = lambdaFunction({ functionArn: "arn" }).invoke({ outputs: { status: "String", count: "Integer", ok: "Boolean", score: "Float" } });

// Lambda outputs exist under their declared names, typed by their declared types.
export const ok1: PipelineVariable<number> = fn.outputs.score;
export const ok2 = gt(fn.outputs.count, 3);
export const ok3 = eq(fn.outputs.ok, true);
// @ts-expect-error no output named 'scores'
export const bad1 = fn.outputs.scores;
// @ts-expect-error a Float output is not a string
export const bad2: PipelineVariable<string> = fn.outputs.score;
// @ts-expect-error a Boolean output is not a number
export const bad3: PipelineVariable<number> = fn.outputs.ok;
// @ts-expect-error an Integer output is not a container argument (turn it into text with str``)
processor({ role, image: "img", instanceType: "ml.m5.large", instanceCount: 1 }).run({ arguments: ["--n", fn.outputs.count] });
// @ts-expect-error 'Double' is not an output type
lambdaFunction({ functionArn: "arn" }).invoke({ outputs: { x: "Double" } });

// Callback outputs likewise.
const cb = callback({ sqsQueueUrl: "q", outputs: { job_id: "String" } });
export const ok4: PipelineVariable<string> = cb.outputs.job_id;
// @ts-expect-error no output named 'jobId'
export const bad4 = cb.outputs.jobId;

// Endpoint requests are the AWS SDK's request shapes; properties its Describe* responses.
const config = endpointConfig({ EndpointConfigName: "c", ProductionVariants: [{ VariantName: "v", InstanceType: param.string("T", "ml.m5.large") }] });
export const ok5 = endpoint({ EndpointName: "e", EndpointConfigName: config.properties.EndpointConfigName });
// @ts-expect-error EndpointConfigNam is not a field of DescribeEndpointConfigOutput
export const bad5 = config.properties.EndpointConfigNam;
// @ts-expect-error EndpointNam is not a field of CreateEndpointInput
endpoint({ EndpointNam: "e", EndpointConfigName: "c" });
// @ts-expect-error CopyCount is a number, not text
inferenceComponent({ InferenceComponentName: "i", EndpointName: "e", Specification: {}, RuntimeConfig: { CopyCount: "1" } });
// @ts-expect-error 'ml.m5.largee' is not an instance type the request accepts
endpointConfig({ EndpointConfigName: "c", ProductionVariants: [{ VariantName: "v", InstanceType: "ml.m5.largee" }] });

// Check steps: their baseline properties, and their configs.
const checks = checkJob({ role });
const quality = checks.dataQuality({ baselineDataset: "s3://b/d.csv", datasetFormat: datasetFormat.csv() });
export const ok6 = quality.properties.BaselineUsedForDriftCheckStatistics;
// @ts-expect-error quality checks have no CalculatedBaselineStatistic property
export const bad6 = quality.properties.CalculatedBaselineStatistic;
const bias = checks.dataBias({ dataConfig: { s3DataInputPath: "s3://b/d", s3OutputPath: "s3://b/o" }, dataBiasConfig: { labelValuesOrThreshold: [1], facetName: "f" } });
export const ok7 = bias.properties.CalculatedBaselineConstraints;
// @ts-expect-error Clarify checks calculate constraints, not statistics
export const bad7 = bias.properties.CalculatedBaselineStatistics;
// @ts-expect-error problemType is one of the three problem types
checks.modelQuality({ baselineDataset: "s3://b/p.csv", datasetFormat: datasetFormat.csv(), problemType: "Ranking" });

// Model steps: DescribeModelOutput / DescribeModelPackageOutput properties.
const created = model({ image: "img", role }).create();
export const ok8 = created.properties.PrimaryContainer.ModelDataUrl;
// @ts-expect-error ModelNme is not a field of DescribeModelOutput
export const bad8 = created.properties.ModelNme;
const registered = pipelineModel({ role, models: [{ image: "a", role }] }).register({ contentTypes: [], responseTypes: [], modelPackageGroupName: "G" });
export const ok9 = registered.properties.ModelPackageArn;
// @ts-expect-error ModelPackageARN is not a field of DescribeModelPackageOutput
export const bad9 = registered.properties.ModelPackageARN;
// @ts-expect-error a PyTorch model needs its entry point
pytorchModel({ modelData: "s3://b/m.tar.gz", role, frameworkVersion: "2.1" });

// A model from a registered package: the ARN may be a parameter; properties are DescribeModelOutput's.
const fromPackage = modelPackage({ modelPackageArn: param.string("PackageArn", "arn"), role }).create();
export const ok20: PipelineVariable<string> = fromPackage.modelName;
export const ok21 = fromPackage.properties.ModelArn;
// @ts-expect-error ModelArns is not a field of DescribeModelOutput
export const bad20 = fromPackage.properties.ModelArns;
// @ts-expect-error the ARN is text, not a number
modelPackage({ modelPackageArn: param.integer("N", 1), role });
