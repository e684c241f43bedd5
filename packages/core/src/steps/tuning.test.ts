import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { Pipeline, Tuning, categorical, continuous, estimator, frameworkEstimator, hyperparameterTuner, integer, param } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const role = "arn:aws:iam::123456789012:role/R";
const t = suite("tuning step");
let dir = "";
type Args = { HyperParameterTuningJobName?: string; HyperParameterTuningJobConfig: Record<string, unknown> & { ParameterRanges: Record<string, unknown> }; TrainingJobDefinition: Record<string, unknown> & { StaticHyperParameters: Record<string, unknown> } };
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
class Defaults {
  @Tuning() tune() {
    return hyperparameterTuner({ estimator: estimator({ ...base, hyperparameters: { depth: 3, rounds: 10 } }), objectiveMetricName: "auc", hyperparameterRanges: { depth: integer(1, 8) } }).fit({ train: "s3://b/train" });
  }
}

@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class Framework {
  lr = param.float("LearningRate", 0.1);
  @Tuning() tune() {
    const est = frameworkEstimator({ ...base, entryPoint: "train.py", hyperparameters: { optimizer: "adam", lr: this.lr } });
    return hyperparameterTuner({
      estimator: est,
      objectiveMetricName: "loss",
      objectiveType: "Minimize",
      hyperparameterRanges: { optimizer: categorical(["adam", "sgd"]), lr: continuous(this.lr, 0.5, { scaling: "ReverseLogarithmic" }) },
      maxRuntimeInSeconds: 3600,
      randomSeed: 7,
    }).fit();
  }
}

@Pipeline({ name: "P", region: "us-east-1", bucket: "b", definitionConfig: { useCustomJobPrefix: true } })
class KeptName {
  @Tuning() tune() {
    return hyperparameterTuner({ estimator: estimator({ ...base, image: "123.dkr.ecr.us-east-1.amazonaws.com/a-very-long-repository-name:1" }), objectiveMetricName: "auc", hyperparameterRanges: { a: integer(1, 2) } }).fit();
  }
}

@Pipeline({ name: "P", region: "us-east-1", bucket: "b" })
class NoRanges {
  @Tuning() tune() {
    return hyperparameterTuner({ estimator: estimator(base), objectiveMetricName: "auc", hyperparameterRanges: { c: categorical([]) } }).fit();
  }
}

t("defaults: Bayesian, one job at a time, early stopping off, Maximize; all three range lists; tuned names leave the static ones", () => {
  const args = argsOf(Defaults);
  assert.is(args.HyperParameterTuningJobName, undefined);
  assert.equal(args.HyperParameterTuningJobConfig, {
    Strategy: "Bayesian",
    ResourceLimits: { MaxNumberOfTrainingJobs: 1, MaxParallelTrainingJobs: 1 },
    TrainingJobEarlyStoppingType: "Off",
    HyperParameterTuningJobObjective: { Type: "Maximize", MetricName: "auc" },
    ParameterRanges: { ContinuousParameterRanges: [], CategoricalParameterRanges: [], IntegerParameterRanges: [{ Name: "depth", MinValue: "1", MaxValue: "8", ScalingType: "Auto" }] },
  });
  assert.equal(args.TrainingJobDefinition.StaticHyperParameters, { rounds: "10" });
  assert.equal(Object.keys(args.TrainingJobDefinition), ["StaticHyperParameters", "RoleArn", "OutputDataConfig", "StoppingCondition", "HyperParameterTuningResourceConfig", "AlgorithmSpecification", "InputDataConfig"]);
});

t("framework estimators: categorical values JSON-encoded, the code's sagemaker_* entries static, variables as bounds", () => {
  const args = argsOf(Framework);
  const ranges = args.HyperParameterTuningJobConfig.ParameterRanges;
  assert.equal(ranges.CategoricalParameterRanges, [{ Name: "optimizer", Values: ['"adam"', '"sgd"'] }]);
  assert.equal(ranges.ContinuousParameterRanges, [{ Name: "lr", MinValue: { "Std:Join": { On: "", Values: [{ Get: "Parameters.LearningRate" }] } }, MaxValue: "0.5", ScalingType: "ReverseLogarithmic" }]);
  assert.equal(Object.keys(args.TrainingJobDefinition.StaticHyperParameters), ["sagemaker_submit_directory", "sagemaker_program", "sagemaker_container_log_level", "sagemaker_region"]);
  assert.equal(args.HyperParameterTuningJobConfig.ResourceLimits, { MaxNumberOfTrainingJobs: 1, MaxParallelTrainingJobs: 1, MaxRuntimeInSeconds: 3600 });
  assert.is(args.HyperParameterTuningJobConfig.RandomSeed, 7);
});

t("useCustomJobPrefix keeps a job name from the image, cut to the SDK's 20 characters", () => {
  assert.is(argsOf(KeptName).HyperParameterTuningJobName, "a-very-long-reposito");
});

t("topModelS3Uri joins bucket, prefix, the k-th job's name and the model file; k is 0..49", () => {
  const step = hyperparameterTuner({ estimator: estimator(base), objectiveMetricName: "auc", hyperparameterRanges: { a: integer(1, 2) } }).fit();
  const uri = step.topModelS3Uri(3, { bucket: "b" }) as unknown as { kind: string; on: string; values: unknown[] };
  assert.is(uri.kind, "Join");
  assert.is(uri.on, "/");
  assert.equal(uri.values.slice(0, 2), ["s3:/", "b"]);
  assert.throws(() => step.topModelS3Uri(50, { bucket: "b" }), /from 0 \(the best\) to 49/);
});

t("an empty categorical range is refused", () => {
  assert.throws(() => evaluatePipeline(NoRanges, { sourceDir: dir }), /the categorical range 'c' has no values/);
});

t.run();
