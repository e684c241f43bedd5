import { suite } from "uvu";
import * as assert from "uvu/assert";
import { BUILT_IN_ADAPTERS, findAdapter } from "./image-adapters.ts";
import { readFinalMetrics } from "./read-metrics.ts";
import { hyperparameterArgument, trainingConfigFiles, trainingEnvironment } from "./training-environment.ts";

const args = {
  HyperParameters: { epochs: "5", optimizer: '"adam"', flag: "true", sagemaker_program: '"train.py"' },
  InputDataConfig: [{ ChannelName: "train", ContentType: "text/csv", DataSource: { S3DataSource: { S3Uri: "s3://b/t", S3DataDistributionType: "ShardedByS3Key" } } }],
  Environment: { STAGE: "test" },
};

const t = suite("training jobs");

t("sets the SM_* environment of the training toolkit and the step's Environment", () => {
  const env = trainingEnvironment(args, "pipelines-abc-Train", "train.py");
  assert.is(env.SM_MODEL_DIR, "/opt/ml/model");
  assert.is(env.SM_CHANNELS, '["train"]');
  assert.is(env.SM_CHANNEL_TRAIN, "/opt/ml/input/data/train");
  assert.is(env.SM_HP_OPTIMIZER, "adam");
  assert.is(env.SM_HPS, '{"epochs":"5","optimizer":"adam","flag":"True"}');
  assert.is(env.SM_USER_ARGS, '["--epochs","5","--optimizer","adam","--flag","True"]');
  assert.is(env.SM_MODULE_NAME, "train");
  assert.is(env.STAGE, "test");
  assert.is(hyperparameterArgument("[1,2]"), "[1,2]");
  assert.is(hyperparameterArgument("not json"), "not json");
});

t("writes the config files the built-in containers read", () => {
  const files = trainingConfigFiles(args);
  assert.equal(files["inputdataconfig.json"], { train: { ContentType: "text/csv", TrainingInputMode: "File", S3DistributionType: "ShardedByS3Key", RecordWrapperType: "None" } });
  assert.equal((files["hyperparameters.json"] as Record<string, string>).optimizer, '"adam"');
});

t("reads final metrics from the log: the last match of each definition", () => {
  const log = "[0]\ttrain-rmse:3.5\tvalidation-rmse:3.9\n[1]\ttrain-rmse:2.25\tvalidation-rmse:2.75\nrmse=0.5\n";
  const xgb = findAdapter("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3", "train", BUILT_IN_ADAPTERS)!;
  assert.is(xgb.name, "xgboost");
  const { metrics, problems } = readFinalMetrics(log, [{ Name: "custom", Regex: "rmse=([0-9.]+)" }, { Name: "bad", Regex: "(" }, ...xgb.metrics!]);
  assert.equal(metrics, [
    { MetricName: "custom", Value: 0.5 },
    { MetricName: "train:rmse", Value: 2.25 },
    { MetricName: "validation:rmse", Value: 2.75 },
  ]);
  assert.is(problems.length, 1);
  assert.is(findAdapter("123.dkr.ecr.us-east-1.amazonaws.com/my-image:latest", "train", BUILT_IN_ADAPTERS), undefined);
});

t.run();
