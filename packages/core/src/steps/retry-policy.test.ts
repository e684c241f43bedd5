import { suite } from "uvu";
import * as assert from "uvu/assert";
import { Pipeline, Processing, processor } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";
import { renderRetryPolicies, retryPolicyProblems, type RetryPolicy } from "./retry-policy.ts";

const t = suite("retry policies");

t("render in the SDK's key order with its defaults", () => {
  assert.equal(
    renderRetryPolicies([
      { exceptionTypes: ["Step.SERVICE_FAULT", "Step.THROTTLING"], backoffRate: 1.5, intervalSeconds: 5, maxAttempts: 4 },
      { exceptionTypes: ["SageMaker.RESOURCE_LIMIT"], intervalSeconds: 30, expireAfterMinutes: 120 },
    ], "S"),
    [
      { BackoffRate: 1.5, IntervalSeconds: 5, MaxAttempts: 4, ExceptionType: ["Step.SERVICE_FAULT", "Step.THROTTLING"] },
      { BackoffRate: 2.0, IntervalSeconds: 30, ExpireAfterMin: 120, ExceptionType: ["SageMaker.RESOURCE_LIMIT"] },
    ],
  );
  assert.equal(Object.keys(renderRetryPolicies([{ exceptionTypes: ["Step.THROTTLING"], expireAfterMinutes: 60 }], "S")[0]!), ["BackoffRate", "IntervalSeconds", "ExpireAfterMin", "ExceptionType"]);
});

t("null leaves BackoffRate or IntervalSeconds out, as a definition may (SageMaker's defaults apply)", () => {
  assert.equal(renderRetryPolicies([{ exceptionTypes: ["Step.THROTTLING"], backoffRate: null, maxAttempts: 2 }], "S"), [{ IntervalSeconds: 1, MaxAttempts: 2, ExceptionType: ["Step.THROTTLING"] }]);
  assert.equal(renderRetryPolicies([{ exceptionTypes: ["Step.THROTTLING"], backoffRate: null, intervalSeconds: null }], "S"), [{ ExceptionType: ["Step.THROTTLING"] }]);
  assert.equal(retryPolicyProblems({ exceptionTypes: ["Step.THROTTLING"], backoffRate: null, intervalSeconds: null }, "retry[0]"), []);
});

t("a valid policy has no problems", () => {
  assert.equal(retryPolicyProblems({ exceptionTypes: ["SageMaker.JOB_INTERNAL_ERROR", "SageMaker.CAPACITY_ERROR"], maxAttempts: 20 }, "retry[0]"), []);
  assert.equal(retryPolicyProblems({ exceptionTypes: ["Step.THROTTLING"], expireAfterMinutes: 0 }, "retry[0]"), []);
});

t("every problem of a policy is listed, each naming the field and the fix", () => {
  const bad = { exceptionTypes: ["SageMaker.TIMEOUT"], maxAttempts: 21, expireAfterMinutes: 14401, intervalSeconds: 1.5, backoffRate: -1 } as unknown as RetryPolicy;
  const problems = retryPolicyProblems(bad, "retry[2]");
  assert.is(problems.length, 6);
  assert.ok(problems[0]!.includes("retry[2].exceptionTypes has 'SageMaker.TIMEOUT'") && problems[0]!.includes("SageMaker.CAPACITY_ERROR"));
  assert.ok(problems[1]!.includes("both maxAttempts and expireAfterMinutes"));
  assert.ok(problems[2]!.includes("maxAttempts is 21") && problems[2]!.includes("1 to 20"));
  assert.ok(problems[3]!.includes("expireAfterMinutes is 14401") && problems[3]!.includes("0 to 14400"));
  assert.ok(problems[4]!.includes("intervalSeconds is 1.5"));
  assert.ok(problems[5]!.includes("backoffRate is -1"));
  assert.equal(retryPolicyProblems({ exceptionTypes: [] }, "retry[0]"), ["retry[0].exceptionTypes is empty: list the failures to retry, e.g. [\"Step.SERVICE_FAULT\"]."]);
});

t("evaluating a step with invalid policies fails with the step's name and all the problems", () => {
  @Pipeline({ name: "P" })
  class P {
    @Processing({ name: "Prep", retry: [{ exceptionTypes: ["Step.THROTTLING"], maxAttempts: 0 }, { exceptionTypes: ["Step.SERVICE_FAULT"], maxAttempts: 3, expireAfterMinutes: 5 }] })
    prep() {
      return processor({ role: "arn:aws:iam::123456789012:role/R", image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({});
    }
  }
  assert.throws(
    () => evaluatePipeline(P, { sourceDir: "." }),
    (e: Error & { exitCode?: number }) =>
      e.exitCode === 1 && e.message.startsWith("Step Prep: its retry policies are not valid") && e.message.includes("retry[0].maxAttempts is 0") && e.message.includes("retry[1] sets both"),
  );
});

t.run();
