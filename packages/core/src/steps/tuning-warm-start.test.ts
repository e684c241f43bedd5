import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { Pipeline, Tuning, categorical, estimator, frameworkEstimator, hyperparameterTuner, integer, multiAlgorithmTuner, param } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const role = "arn:aws:iam::123456789012:role/R";
const t = suite("tuning: warm start and several algorithms");
let dir = "";
type Args = Record<string, unknown> & { TrainingJobDefinitions: (Record<string, unknown> & { HyperParameterRanges: Record<string, unknown> })[] };
const argsOf = (cls: new () => object) => (evaluatePipeline(cls, { sourceDir: dir }).definition as unknown as { Steps: { Arguments: Args }[] }).Steps[0]!.Arguments;
const base = { role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 } as const;

t.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), "sagepipe-tuning-"));
  process.env.SAGEPIPE_GENERATED_DIR = join(dir, "generated");
  writeFileSync(join(dir, "train.py"), "print('train')\n");
});
t.after.each(() => {
  delete process.env.SAGEPIPE_GENERATED_DIR;
  rmSync(dir, { recursive: true, force: true });
});

@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class ParentParameter {
  parent = param.string("Parent", "tune-1");
  @Tuning() tune() {
    return hyperparameterTuner({
      estimator: estimator(base), objectiveMetricName: "auc", hyperparameterRanges: { a: integer(1, 2) },
      warmStart: { type: "IdenticalDataAndAlgorithm", parents: ["tune-z", this.parent, "tune-a"] },
    }).fit();
  }
}

t("warm start: parents in the order written (a parameter among them), after the training job definition", () => {
  const args = argsOf(ParentParameter);
  assert.equal(Object.keys(args), ["HyperParameterTuningJobConfig", "TrainingJobDefinition", "WarmStartConfig"]);
  assert.equal(args.WarmStartConfig, {
    WarmStartType: "IdenticalDataAndAlgorithm",
    ParentHyperParameterTuningJobs: [{ HyperParameterTuningJobName: "tune-z" }, { HyperParameterTuningJobName: { Get: "Parameters.Parent" } }, { HyperParameterTuningJobName: "tune-a" }],
  });
});

const warmStartWith = (parents: string[]) => {
  @Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
  class W {
    @Tuning() tune() {
      return hyperparameterTuner({ estimator: estimator(base), objectiveMetricName: "auc", hyperparameterRanges: { a: integer(1, 2) }, warmStart: { type: "TransferLearning", parents } }).fit();
    }
  }
  return W;
};

t("warm start: no parents, more than five, or one twice is refused", () => {
  assert.throws(() => argsOf(warmStartWith([])), /warmStart.parents has 0 tuning jobs; give 1 to 5/);
  assert.throws(() => argsOf(warmStartWith(["a", "b", "c", "d", "e", "f"])), /has 6 tuning jobs/);
  assert.throws(() => argsOf(warmStartWith(["a", "a"])), /lists 'a' twice/);
});

@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class TwoAlgorithms {
  @Tuning() tune() {
    return multiAlgorithmTuner({
      estimators: {
        zeta: { estimator: frameworkEstimator({ ...base, entryPoint: "train.py", hyperparameters: { opt: "adam", lr: 0.1 } }), objectiveMetricName: "loss", hyperparameterRanges: { opt: categorical(["adam", "sgd"]) } },
        alpha: { estimator: estimator({ ...base, env: { A: "1" } }), objectiveMetricName: "auc", hyperparameterRanges: { depth: integer(1, 4) } },
      },
      objectiveType: "Minimize",
      warmStart: { type: "TransferLearning", parents: ["earlier"] },
    }).fit({ zeta: { train: "s3://b/z" }, alpha: { train: "s3://b/a", test: "s3://b/t" } });
  }
}

t("several algorithms: definitions sorted by name, each with objective and ranges; the job config has neither", () => {
  const args = argsOf(TwoAlgorithms);
  assert.equal(Object.keys(args), ["HyperParameterTuningJobConfig", "TrainingJobDefinitions", "WarmStartConfig"]);
  assert.equal(args.HyperParameterTuningJobConfig, { Strategy: "Bayesian", ResourceLimits: { MaxNumberOfTrainingJobs: 1, MaxParallelTrainingJobs: 1 }, TrainingJobEarlyStoppingType: "Off" });
  const [alpha, zeta] = args.TrainingJobDefinitions;
  assert.equal([alpha!.DefinitionName, zeta!.DefinitionName], ["alpha", "zeta"]);
  assert.equal(alpha!.TuningObjective, { Type: "Minimize", MetricName: "auc" });
  assert.equal((alpha!.InputDataConfig as { ChannelName: string }[]).map((c) => c.ChannelName), ["train", "test"]);
  assert.equal(Object.keys(alpha!).slice(-4), ["DefinitionName", "TuningObjective", "HyperParameterRanges", "Environment"]);
  assert.equal(zeta!.HyperParameterRanges.CategoricalParameterRanges, [{ Name: "opt", Values: ['"adam"', '"sgd"'] }], "a framework estimator's values are JSON-encoded");
  assert.equal((zeta!.StaticHyperParameters as Record<string, unknown>).lr, "0.1");
  assert.is((zeta!.StaticHyperParameters as Record<string, unknown>).opt, undefined, "a tuned hyperparameter is not static");
});

@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class BadNames {
  @Tuning() tune() {
    const inputs = { other: { train: "s3://b/x" } } as {};
    return multiAlgorithmTuner({ estimators: { "bad name": { estimator: estimator(base), objectiveMetricName: "m", hyperparameterRanges: {} } } }).fit(inputs);
  }
}

t("several algorithms: a bad name, empty ranges and inputs for an unknown estimator are reported together", () => {
  assert.throws(() => argsOf(BadNames), (e: Error) =>
    /estimator name 'bad name' must be/.test(e.message) && /bad name: hyperparameterRanges is empty/.test(e.message) && /inputs for 'other', which is not one of the estimators \(bad name\)/.test(e.message));
});

t.run();
