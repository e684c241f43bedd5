// Type-level tests: compiled by `tsc -p tsconfig.json` in the test command, never run.
// Each `@ts-expect-error` line must fail to type-check; if it ever compiles, tsc reports the
// unused directive and the test command fails.
import { eq, ExecutionVariables, gt, isIn, join, lte, param, processor, s3, type PipelineVariable } from "./index.ts";

const role = "arn:aws:iam::123456789012:role/R";
const step = processor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({
  outputs: { train: "/opt/ml/processing/train", test: "/opt/ml/processing/test" },
  propertyFiles: { Report: { output: "test", path: "report.json" } },
});
const bucket = param.string("Bucket", "my-bucket");

// Outputs exist only under the names the step declares.
export const ok1: PipelineVariable<string> = step.outputs.train;
// @ts-expect-error 'training' is not an output of this step (a rename must reach every use)
export const bad1 = step.outputs.training;

// Property files too, and they must name an output of the step.
export const ok2 = step.propertyFiles.Report;
// @ts-expect-error no property file named 'Metrics'
export const bad2 = step.propertyFiles.Metrics;
processor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({
  outputs: { a: "/a" },
  // @ts-expect-error output 'b' does not exist
  propertyFiles: { R: { output: "b", path: "r.json" } },
});

// Describe* properties are typed after the AWS SDK's response shapes.
export const ok3 = step.properties.ProcessingOutputConfig.Outputs["train"];
// @ts-expect-error ProcessingJobStatuss is not a field of DescribeProcessingJobResponse
export const bad3 = step.properties.ProcessingJobStatuss;

// A pipeline variable never silently becomes a string.
// @ts-expect-error TS2731: a pipeline variable in an untagged template literal
export const bad4 = `s3://${bucket}/data`;
// @ts-expect-error TS2469: '+' with a pipeline variable
export const bad5 = "s3://" + bucket;
// @ts-expect-error a pipeline variable where a plain string is expected
export const bad6: string = ExecutionVariables.PipelineExecutionId;
// The tagged template and join() are the ways to build strings from them.
export const ok4 = s3`s3://${bucket}/${ExecutionVariables.PipelineExecutionId}/data`;
export const ok5 = join("/", ["s3:/", bucket, "data"]);

// Conditions compare values of one type.
export const ok6 = lte(param.float("T", 6.0), 7);
// @ts-expect-error a String parameter cannot be compared with a number
export const bad7 = lte(param.string("S"), 7);
// @ts-expect-error a Boolean parameter cannot be compared with a number either
export const bad7b = gt(param.boolean("B"), 0.5);
// @ts-expect-error nor be one of numbers
export const bad7c = isIn(param.boolean("B2"), [1, 2]);
export const ok6b = eq(param.boolean("B3", true), false);
export const ok6c = eq("a", param.string("S2"));
export const ok6d = isIn(param.integer("I"), [1, 2, param.integer("J")]);
