// The definition SageMaker Python SDK v3 (tag v3.20.0, commit 10ada9be10d3; the step is the same
// since v3.4.0, where it appeared) gives for the steps of emr_serverless.ts, written from
// sagemaker-mlops/src/sagemaker/mlops/workflow/emr_serverless_step.py and .../workflow/steps.py:
//
//   Step.to_request (steps.py:132-146): "Name", "Type" = StepTypeEnum.EMR_SERVERLESS.value =
//     "EMRServerless" (steps.py:62; emr_serverless_step.py:114), "Arguments", then "DependsOn",
//     "DisplayName", "Description" when set.
//   ConfigurableRetryStep.to_request (steps.py:378-383) adds "RetryPolicies"; each policy is
//     {BackoffRate, IntervalSeconds, MaxAttempts} (retry.py:97-103) then ExceptionType (retry.py:148).
//   EMRServerlessStep.to_request (emr_serverless_step.py:157-162) adds "CacheConfig" last:
//     {"Enabled", "ExpireAfter"} (CacheConfig.config).
//   Arguments (emr_serverless_step.py:127-137): "ExecutionRoleArn" (l.128), "JobConfig" (l.129),
//     then "ApplicationId" (l.135) or "ApplicationConfig" (l.137, the dict as given).
//   JobConfig is EMRServerlessJobConfig.to_request (l.56-67): "executionRoleArn", "jobDriver"
//     (l.56), "applicationId" (l.58, only for an existing application), "configurationOverrides"
//     (l.60), "executionTimeoutMinutes" (l.62), "name" (l.64), "tags" (l.66), each only when set.
//   The SDK's properties (l.142-144) name the shape GetJobRunResponse of emr-serverless; its
//     members are camelCase (`jobRun.jobRunId`), so the reference is Steps.Prepare.jobRun.jobRunId.
const role = "arn:aws:iam::123456789012:role/EMRServerlessRole";

export const EXPECTED_EMR_SERVERLESS = {
  Version: "2020-12-01",
  Metadata: {},
  Parameters: [{ Name: "EntryPoint", Type: "String", DefaultValue: "s3://my-bucket/scripts/prepare.py" }],
  PipelineExperimentConfig: { ExperimentName: { Get: "Execution.PipelineName" }, TrialName: { Get: "Execution.PipelineExecutionId" } },
  Steps: [
    {
      Name: "Prepare",
      Type: "EMRServerless",
      Arguments: {
        ExecutionRoleArn: role,
        JobConfig: {
          executionRoleArn: role,
          jobDriver: { sparkSubmit: { entryPoint: { Get: "Parameters.EntryPoint" }, entryPointArguments: ["--day", "1"] } },
          applicationId: "00f1abcd2efgh3ij",
          configurationOverrides: { applicationConfiguration: [{ classification: "spark-defaults", properties: { "spark.sql.adaptive.enabled": "true" } }] },
          executionTimeoutMinutes: 60,
          name: "prepare-run",
          tags: { team: "ml" },
        },
        ApplicationId: "00f1abcd2efgh3ij",
      },
      DisplayName: "Prepare data",
      Description: "runs on the team's application",
      RetryPolicies: [{ BackoffRate: 2.0, IntervalSeconds: 1, MaxAttempts: 3, ExceptionType: ["Step.SERVICE_FAULT"] }],
      CacheConfig: { Enabled: true, ExpireAfter: "PT12H" },
    },
    {
      Name: "Report",
      Type: "EMRServerless",
      Arguments: {
        ExecutionRoleArn: role,
        JobConfig: {
          executionRoleArn: role,
          jobDriver: { sparkSubmit: { entryPoint: "s3://my-bucket/scripts/report.py", entryPointArguments: [{ Get: "Steps.Prepare.jobRun.jobRunId" }] } },
        },
        ApplicationConfig: { name: "report-app", releaseLabel: "emr-7.1.0", type: "SPARK" },
      },
      DependsOn: ["Prepare"],
    },
  ],
};
