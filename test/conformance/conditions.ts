// Conformance case `conditions`: every condition type (eq, gt, gte, lt, lte, isIn, not, or,
// nested), with literal, parameter, step-property, JsonGet and execution-variable operands;
// both branches non-empty; a later step reads the condition step's `outcome`.
import {
  Condition, ExecutionVariables, Fail, Pipeline, Processing,
  condition, eq, fail, gt, gte, isIn, join, jsonGet, lt, lte, not, or, param, processor,
} from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/SageMakerRole";

@Pipeline({ name: "ConditionsPipeline", region: "us-east-1", bucket: "my-bucket" })
export class ConditionsPipeline {
  threshold = param.float("Threshold", 0.8);
  minCount = param.integer("MinCount", 100);
  stage = param.string("Stage", "dev");

  @Processing({ name: "Evaluate" })
  evaluate() {
    return processor({
      role,
      image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest",
      instanceCount: 1,
      instanceType: "ml.m5.xlarge",
    }).run({
      outputs: { metrics: "/opt/ml/processing/metrics" },
      propertyFiles: { Metrics: { output: "metrics", path: "metrics.json" } },
    });
  }

  @Fail({ name: "IfBranch" })
  ifBranch() {
    return fail("all conditions true");
  }

  @Fail({ name: "ElseBranch" })
  elseBranch() {
    return fail("some condition false");
  }

  @Condition({ name: "AllConditions" })
  allConditions() {
    const evaluation = this.evaluate();
    const accuracy = jsonGet(this.evaluate().propertyFiles.Metrics, "metrics.accuracy.value");
    return condition({
      conditions: [
        eq(evaluation.properties.ProcessingJobStatus, "Completed"),
        gt(accuracy, this.threshold),
        gte(jsonGet(this.evaluate().propertyFiles.Metrics, "data.rows"), this.minCount),
        lt(jsonGet(this.evaluate().propertyFiles.Metrics, "metrics.loss"), 0.5),
        lte(evaluation.properties.ProcessingResources.ClusterConfig.InstanceCount, 4),
        isIn(this.stage, ["dev", "staging", ExecutionVariables.PipelineName]),
        not(eq(this.stage, "prod")),
        or(gt(accuracy, 0.95), not(isIn(this.stage, ["prod", "preprod"])), eq(true, false)),
      ],
      ifSteps: [this.ifBranch()],
      elseSteps: [this.elseBranch()],
    });
  }

  @Fail({ name: "ReportOutcome" })
  reportOutcome() {
    return fail(join(" ", ["outcome:", this.allConditions().outcome]));
  }
}
