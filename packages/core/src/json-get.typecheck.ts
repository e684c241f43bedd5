// Type-level tests of jsonGet: compiled by `tsc -p tsconfig.json` in the test command, never run.
// Each `@ts-expect-error` line must fail to type-check.
import { eq, gt, isIn, jsonGet, lte, param, processor, type PipelineVariable } from "./index.ts";

const report = processor({ role: "r", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 })
  .run({ outputs: { evaluation: "/opt/ml/processing/evaluation" }, propertyFiles: { Report: { output: "evaluation", path: "evaluation.json" } } })
  .propertyFiles.Report;

// With no type argument, the value takes the type of the other operand.
export const ok1 = eq(jsonGet(report, "winner"), "A");
export const ok2 = lte(jsonGet(report, "regression_metrics.mse.value"), 6.0);
export const ok3 = gt(jsonGet(report, "auc"), param.float("MinAuc", 0.8));
export const ok4 = eq(jsonGet(report, "passed"), true);
export const ok5 = isIn(jsonGet({ s3Uri: "s3://b/r.json" }, "label"), ["cat", "dog"]);
// A type argument pins it, and then its uses are checked.
export const ok6 = eq(jsonGet<string>(report, "winner"), "A");
export const ok7: PipelineVariable<number> = jsonGet<number>(report, "mse");
// @ts-expect-error a number read from the report is not compared with text
eq(jsonGet<number>(report, "mse"), "A");
// @ts-expect-error a string read from the report is not a number
export const bad1: PipelineVariable<number> = jsonGet<string>(report, "winner");
// @ts-expect-error a pipeline variable never becomes a plain string
export const bad2: string = jsonGet(report, "winner");
// @ts-expect-error the value is a string, number or boolean
jsonGet<object>(report, "x");
