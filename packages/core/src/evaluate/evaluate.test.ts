import { suite } from "uvu";
import * as assert from "uvu/assert";
import { Fail, Pipeline, Processing, Training, estimator, fail, param, processor } from "../index.ts";
import { evaluatePipeline } from "./definition.ts";

const role = "arn:aws:iam::123456789012:role/R";
const proc = () => processor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
const t = suite("evaluatePipeline");

@Pipeline({ name: "P", bucket: "b" })
class Small {
  epochs = param.integer("Epochs", 3);
  @Processing() prepare() {
    return proc().run({ outputs: { data: "/opt/ml/processing/data" } });
  }
  @Training({ displayName: "Fit", description: "fits", retry: [{ exceptionTypes: ["Step.THROTTLING"], maxAttempts: 3 }], cache: { enabled: true, expireAfter: "P1D" } })
  fit() {
    return estimator({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1, hyperparameters: { epochs: this.epochs, lr: 0.1, flag: true } }).fit({ train: this.prepare().outputs.data });
  }
  @Fail({ name: "Stop", dependsOn: (self: Small) => [self.fit] }) stop() {
    return fail("done");
  }
}

t("names default to the method in PascalCase; the name option wins", () => {
  const d = evaluatePipeline(Small, { sourceDir: "." }).definition as { Steps: { Name: string }[] };
  assert.equal(d.Steps.map((s) => s.Name), ["Prepare", "Fit", "Stop"]);
});

t("common options render in the SDK's order after Arguments", () => {
  const d = evaluatePipeline(Small, { sourceDir: "." }).definition as { Steps: Record<string, unknown>[] };
  const fit = d.Steps[1]!;
  assert.equal(Object.keys(fit), ["Name", "Type", "Arguments", "DisplayName", "Description", "RetryPolicies", "CacheConfig"]);
  assert.equal(fit.RetryPolicies, [{ BackoffRate: 2.0, IntervalSeconds: 1, MaxAttempts: 3, ExceptionType: ["Step.THROTTLING"] }]);
  assert.equal(fit.CacheConfig, { Enabled: true, ExpireAfter: "P1D" });
  assert.equal(d.Steps[2]!.DependsOn, ["Fit"]);
});

@Pipeline({ name: "P", bucket: "b" })
class Backwards {
  @Training() fit() {
    return estimator({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 }).fit({ train: this.prepare().outputs.data });
  }
  @Processing() prepare() {
    return proc().run({ outputs: { data: "/opt/ml/processing/data" } });
  }
}

class Base {
  @Processing() base() {
    return proc().run({});
  }
}
@Pipeline({ name: "P", bucket: "b" })
class Derived extends Base {
  @Processing() own() {
    return proc().run({});
  }
}

t("steps come out in the order their methods are declared (as the SDK keeps its steps list), not dependencies first", () => {
  const d = evaluatePipeline(Backwards, { sourceDir: "." }).definition as { Steps: Record<string, unknown>[] };
  assert.equal(d.Steps.map((s) => s.Name), ["Fit", "Prepare"]);
  assert.is(d.Steps[0]!.DependsOn, undefined, "a property reference adds no DependsOn");
  const inherited = evaluatePipeline(Derived, { sourceDir: "." }).definition as { Steps: { Name: string }[] };
  assert.equal(inherited.Steps.map((s) => s.Name), ["Base", "Own"], "a base class's steps are declared first");
});

t("hyperparameters become strings; a non-string variable becomes Std:Join of itself (the SDK's to_string)", () => {
  const d = evaluatePipeline(Small, { sourceDir: "." }).definition as { Steps: { Arguments: { HyperParameters: unknown } }[] };
  assert.equal(d.Steps[1]!.Arguments.HyperParameters, { epochs: { "Std:Join": { On: "", Values: [{ Get: "Parameters.Epochs" }] } }, lr: "0.1", flag: "True" });
});

t("evaluated edges: data, depends-on", () => {
  const e = evaluatePipeline(Small, { sourceDir: "." }).edges;
  assert.equal(e, [{ from: "prepare", to: "fit", kind: "data" }, { from: "fit", to: "stop", kind: "dependsOn" }]);
});

t("same class, same bytes", () => {
  const a = JSON.stringify(evaluatePipeline(Small, { sourceDir: "." }).definition);
  const b = JSON.stringify(evaluatePipeline(Small, { sourceDir: "." }).definition);
  assert.is(a, b);
});

@Pipeline({ name: "Wrong" })
class WrongKind {
  // @ts-expect-error a training method must return a training step
  @Training() fit() {
    return fail("not training");
  }
}

t("a step method returning the wrong kind is an error naming the method and the fix", () => {
  assert.throws(() => evaluatePipeline(WrongKind, { sourceDir: "." }), /WrongKind\.fit is decorated @Training\(\) but returns a Fail step/);
});

@Pipeline({ name: "Loop" })
class Loop {
  @Processing() a(): ReturnType<ReturnType<typeof proc>["run"]> {
    void this.b();
    return proc().run({});
  }
  @Processing() b(): ReturnType<ReturnType<typeof proc>["run"]> {
    void this.a();
    return proc().run({});
  }
}

t("steps calling each other are reported as a cycle, not a stack overflow", () => {
  assert.throws(() => evaluatePipeline(Loop, { sourceDir: "." }), /cycle: a -> b -> a/);
});

@Pipeline({ name: "NoBucket" })
class NoBucket {
  @Processing() p() {
    return proc().run({ outputs: { o: "/opt/ml/processing/o" } });
  }
}

t("a default output without a bucket says where to set the bucket", () => {
  assert.throws(() => evaluatePipeline(NoBucket, { sourceDir: "." }), /Set it with @Pipeline\(\{ bucket/);
});

t.run();
