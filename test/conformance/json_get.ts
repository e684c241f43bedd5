// Conformance case `json_get`: Std:JsonGet over a step's property files (typed by name) and
// over a JSON document at an S3 URI built with join; used in a condition, a fail message, a
// downstream job argument (as text) and an environment value.
import {
  Condition, ExecutionVariables, Fail, Pipeline, Processing,
  condition, fail, gte, join, jsonGet, param, processor, str,
} from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";
const image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest";

@Pipeline({ name: "JsonGetPipeline", region: "us-east-1", bucket: "my-bucket" })
export class JsonGetPipeline {
  reportBucket = param.string("ReportBucket", "my-bucket");

  @Processing({ name: "Produce" })
  produce() {
    return processor({ role, image, instanceCount: 1, instanceType: "ml.m5.xlarge" }).run({
      outputs: { report: "/opt/ml/processing/report", stats: "/opt/ml/processing/stats" },
      propertyFiles: {
        Report: { output: "report", path: "report/report.json" },
        Stats: { output: "stats", path: "stats.json" },
      },
    });
  }

  /** The F1 score from the report (read at run time). */
  f1() {
    return jsonGet(this.produce().propertyFiles.Report, "metrics.f1");
  }

  @Processing({ name: "Consume" })
  consume() {
    const firstColumn = jsonGet<string>(this.produce().propertyFiles.Stats, "columns[0].name");
    const count = jsonGet({ s3Uri: join("/", ["s3:/", this.reportBucket, ExecutionVariables.PipelineExecutionId, "summary.json"]) }, "summary.count");
    return processor({ role, image, instanceCount: 1, instanceType: "ml.m5.xlarge", env: { FIRST_COLUMN: firstColumn } }).run({
      arguments: ["--count", str`${count}`],
    });
  }

  @Fail({ name: "LowF1" })
  lowF1() {
    return fail(join(" ", ["F1 too low:", this.f1()]));
  }

  @Condition({ name: "CheckF1" })
  checkF1() {
    return condition({ conditions: [gte(this.f1(), 0.7)], ifSteps: [this.consume()], elseSteps: [this.lowF1()] });
  }
}
