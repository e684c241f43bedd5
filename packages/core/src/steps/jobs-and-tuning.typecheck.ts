// Type-level tests for framework/spark processors, framework estimators, tuning, notebook job,
// EMR and AutoML steps: compiled by `tsc -p tsconfig.json` in the test command, never run. Each
// `@ts-expect-error` line must fail to type-check; if it ever compiles, tsc reports the unused directive.
import {
  AutoML, EMR, NotebookJob, Tuning, autoML, categorical, continuous, emrStep, estimator, frameworkProcessor,
  hyperparameterTuner, integer, multiAlgorithmTuner, notebookJob, param, pysparkProcessor, sklearnEstimator, type PipelineVariable,
} from "../index.ts";

const role = "arn:aws:iam::123456789012:role/R";

// Framework processors keep the typed outputs of processor().run().
const fw = frameworkProcessor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 })
  .run({ code: "run.py", sourceDir: "src", outputs: { report: "/opt/ml/processing/report" } });
export const ok1: PipelineVariable<string> = fw.outputs.report;
// @ts-expect-error `reports` is not an output of this step
export const bad1 = fw.outputs.reports;
// @ts-expect-error a framework processor needs `code`
frameworkProcessor({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({ sourceDir: "src" });

// Spark configurations are EMR's shape; the application is a path, not a variable.
pysparkProcessor({ role, frameworkVersion: "3.3", instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({ submitApp: "app.py", configuration: { Classification: "spark-defaults", Properties: { a: "1" } } });
// @ts-expect-error a configuration needs Properties
pysparkProcessor({ role, frameworkVersion: "3.3", instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({ submitApp: "app.py", configuration: { Classification: "spark-defaults" } });
// @ts-expect-error submitApp is a local path or S3 URI known at build time
pysparkProcessor({ role, frameworkVersion: "3.3", instanceType: "ml.m5.xlarge", instanceCount: 1 }).run({ submitApp: param.string("App") });

// Training properties follow DescribeTrainingJobResponse.
const trained = sklearnEstimator({ role, frameworkVersion: "1.2-1", entryPoint: "train.py", instanceType: "ml.m5.xlarge", instanceCount: 1 }).fit();
export const ok2: PipelineVariable<number> = trained.properties.FinalMetricDataList["validation:rmse"]!.Value;
export const ok3: PipelineVariable<string> = trained.properties.HyperParameters["epochs"]!;
// @ts-expect-error FinalMetricDataList entries have Value, not Val
export const bad2 = trained.properties.FinalMetricDataList["validation:rmse"]!.Val;
// @ts-expect-error a metric's value is a number, not a string
export const bad3: PipelineVariable<string> = trained.properties.FinalMetricDataList["validation:rmse"]!.Value;
// @ts-expect-error metric definitions take `name` and `regex`
sklearnEstimator({ role, frameworkVersion: "1.2-1", entryPoint: "train.py", instanceType: "ml.m5.xlarge", instanceCount: 1, metricDefinitions: [{ Name: "m", Regex: "m=(.*)" }] });

// Tuning properties follow DescribeHyperParameterTuningJob and ListTrainingJobsForHyperParameterTuningJob.
class Tuned {
  @Tuning() tune() {
    return hyperparameterTuner({
      estimator: estimator({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 }),
      objectiveMetricName: "auc",
      hyperparameterRanges: { eta: continuous(0.1, 0.5), depth: integer(1, param.integer("MaxDepth", 8)), booster: categorical(["gbtree", "dart"]) },
    }).fit();
  }
}
const tuned = new Tuned().tune();
export const ok4: PipelineVariable<string> = tuned.properties.BestTrainingJob.TrainingJobName;
export const ok5: PipelineVariable<number> = tuned.properties.TrainingJobSummaries[0]!.FinalHyperParameterTuningJobObjectiveMetric.Value;
export const ok6: PipelineVariable<string> = tuned.topModelS3Uri(0, { bucket: "b" });
// @ts-expect-error BestTrainingJob has TrainingJobName, not JobName
export const bad4 = tuned.properties.BestTrainingJob.JobName;
// @ts-expect-error TrainingJobSummary (singular) is not a property
export const bad5 = tuned.properties.TrainingJobSummary;
// @ts-expect-error range bounds are numbers (or numeric variables), not strings
continuous("0.1", 0.5);
// @ts-expect-error scaling is Auto, Linear, Logarithmic or ReverseLogarithmic
integer(1, 2, { scaling: "Log" });
// @ts-expect-error a tuning step is not a training step
class Wrong { @Tuning() fit() { return estimator({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 }).fit(); } }

// Notebook job steps expose the SDK's named properties only.
const nb = notebookJob({ inputNotebook: "a.ipynb", image: "img", kernelName: "python3", role });
export const ok7: PipelineVariable<string> = nb.properties.OutputNotebookName;
// @ts-expect-error ComputingJobName, not ComputeJobName
export const bad6 = nb.properties.ComputeJobName;
// @ts-expect-error maxRetryAttempts is a number known at build time
notebookJob({ inputNotebook: "a.ipynb", image: "img", kernelName: "python3", role, maxRetryAttempts: "2" });
class Nb { @NotebookJob() run() { return nb; } }

// EMR properties follow EMR's Step shape.
const emr = emrStep({ clusterId: "j-1", stepConfig: { jar: "command-runner.jar" } });
export const ok8: PipelineVariable<string> = emr.properties.Status.State;
// @ts-expect-error Status has State, not Stat
export const bad7 = emr.properties.Status.Stat;
// @ts-expect-error the step config's JAR is `jar`
emrStep({ clusterId: "j-1", stepConfig: { Jar: "command-runner.jar" } });
class Emr { @EMR() run() { return emr; } }

// AutoML properties: DescribeAutoMLJobResponse plus the best candidate's report paths.
const automl = autoML({ role, targetAttributeName: "y" }).fit("s3://b/data.csv");
export const ok9: PipelineVariable<string> = automl.properties.BestCandidateProperties.ExplainabilityJsonReportPath;
export const ok10: PipelineVariable<string> = automl.properties.BestCandidate.InferenceContainers[0]!.Image;
// @ts-expect-error ModelInsightsJsonReportPath, not ModelInsightsReportPath
export const bad8 = automl.properties.BestCandidateProperties.ModelInsightsReportPath;
// @ts-expect-error pipelines run AutoML in ENSEMBLING mode only
autoML({ role, mode: "HYPERPARAMETER_TUNING" });
class Aml { @AutoML() run() { return automl; } }

export { Tuned, Wrong, Nb, Emr, Aml };

// Warm start and several algorithms.
const est = estimator({ role, image: "img", instanceType: "ml.m5.xlarge", instanceCount: 1 });
hyperparameterTuner({ estimator: est, objectiveMetricName: "auc", hyperparameterRanges: { a: integer(1, 2) }, warmStart: { type: "TransferLearning", parents: ["p", param.string("Parent", "q")] } });
// @ts-expect-error the warm start type is IdenticalDataAndAlgorithm or TransferLearning
hyperparameterTuner({ estimator: est, objectiveMetricName: "auc", hyperparameterRanges: { a: integer(1, 2) }, warmStart: { type: "Transfer", parents: ["p"] } });
const multi = multiAlgorithmTuner({
  estimators: {
    xgb: { estimator: est, objectiveMetricName: "auc", hyperparameterRanges: { a: integer(1, 2) } },
    nn: { estimator: est, objectiveMetricName: "loss", hyperparameterRanges: { b: continuous(0, 1) } },
  },
});
export const ok30: PipelineVariable<string> = multi.fit({ xgb: { train: "s3://b/t" } }).properties.BestTrainingJob.TrainingJobName;
// @ts-expect-error 'xgboost' is not one of the estimators' names (xgb, nn)
multi.fit({ xgboost: { train: "s3://b/t" } });
