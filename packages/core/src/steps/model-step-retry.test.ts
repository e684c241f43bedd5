import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ModelStep, Pipeline, RegisterModel, model, registerModel, type RetryPolicy } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";
import { retryPoliciesFor } from "./model-step-retry.ts";

const t = suite("model step retry policies by part");
const throttling: RetryPolicy = { exceptionTypes: ["Step.THROTTLING"], maxAttempts: 3 };
const capacity: RetryPolicy = { exceptionTypes: ["SageMaker.CAPACITY_ERROR"], maxAttempts: 2 };
const role = "arn:aws:iam::123456789012:role/R";
const m = () => model({ image: "img", modelData: "s3://b/model.tar.gz", role });
const registration = { contentTypes: ["text/csv"], responseTypes: ["text/csv"], modelPackageGroupName: "G" } as const;

t("a list applies to every part; by part, each rendered step gets its part's", () => {
  assert.equal(retryPoliciesFor([throttling], "Training"), [throttling]);
  assert.equal(retryPoliciesFor({ register: [throttling], repack: [capacity] }, "RegisterModel"), [throttling]);
  assert.equal(retryPoliciesFor({ register: [throttling], repack: [capacity] }, "Training"), [capacity]);
  assert.equal(retryPoliciesFor({ create: [throttling] }, "Model"), [throttling]);
  assert.is(retryPoliciesFor({ register: [throttling] }, "Model"), undefined);
  assert.is(retryPoliciesFor([], "Model"), undefined);
});

@Pipeline({ name: "P" })
class P {
  @ModelStep({ name: "Reg", retry: { register: [throttling], repack: [capacity] } })
  reg() {
    return m().register(registration);
  }
  @ModelStep({ name: "Make", retry: { register: [throttling] } })
  make() {
    return m().create();
  }
  @ModelStep({ name: "MakeListed", retry: [capacity] })
  makeListed() {
    return m().create();
  }
  @RegisterModel({ name: "Tutorial", retry: { register: [capacity] } })
  tutorial() {
    return registerModel({ image: "img", modelData: "s3://b/model.tar.gz", role, ...registration });
  }
}

t("rendered model steps carry the policies of their part", () => {
  const steps = (evaluatePipeline(P, { sourceDir: "." }).definition as unknown as { Steps: { Name: string; RetryPolicies?: unknown }[] }).Steps;
  const policies = Object.fromEntries(steps.map((s) => [s.Name, s.RetryPolicies]));
  assert.equal(policies["Reg-RegisterModel"], [{ BackoffRate: 2.0, IntervalSeconds: 1, MaxAttempts: 3, ExceptionType: ["Step.THROTTLING"] }]);
  assert.is(policies["Make-CreateModel"], undefined);
  assert.equal(policies["MakeListed-CreateModel"], [{ BackoffRate: 2.0, IntervalSeconds: 1, MaxAttempts: 2, ExceptionType: ["SageMaker.CAPACITY_ERROR"] }]);
  assert.equal(policies["Tutorial-RegisterModel"], [{ BackoffRate: 2.0, IntervalSeconds: 1, MaxAttempts: 2, ExceptionType: ["SageMaker.CAPACITY_ERROR"] }]);
});

t.run();
