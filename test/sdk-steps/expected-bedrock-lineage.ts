// The definition SageMaker Python SDK v2.257.6 (tag commit fc582aaa46fa) gives for the steps of
// bedrock_lineage.ts, written from its source:
//
//   Step.to_request (src/sagemaker/workflow/steps.py:149-163) makes every one of these steps:
//     "Name" (l.152), "Type": step_type.value (l.153), "Arguments": self.arguments (l.154), then
//     "DependsOn" (l.157), "DisplayName" (l.159), "Description" (l.161), each only when set.
//     None of the five classes overrides it, so they have no CacheConfig and no RetryPolicies.
//   The Type strings are StepTypeEnum's values (steps.py:77-81): BedrockCustomModel,
//     BedrockCustomModelDeployment, BedrockModelImport, BedrockProvisionedModelThroughput, Lineage.
//   "Arguments" is the `arguments` dict as given (bedrock_steps.py:157/164, 210/219, 263/272,
//     318/331; lineage_step.py:87/97): the Bedrock Create* request with PascalCase keys.
//   Property references are Properties(step_name, path=field).expr = {"Get": "Steps.<name>.<field>"}
//     for the fields of bedrock_steps.py:47-108 (ModelArn of _BEDROCK_CUSTOM_MODEL_FIELDS,
//     ModelDeploymentArn of _BEDROCK_CUSTOM_MODEL_DEPLOYMENT_FIELDS).
//   Pipeline.definition() orders the top-level keys Version, Metadata, Parameters,
//     PipelineExperimentConfig, Steps; parameters render as {Name, Type, DefaultValue}.
// The SDK keeps the user's step list order; this list is in that order.
const role = "arn:aws:iam::123456789012:role/BedrockRole";
const modelData = { Get: "Parameters.ModelData" };

export const EXPECTED_BEDROCK_LINEAGE = {
  Version: "2020-12-01",
  Metadata: {},
  Parameters: [
    { Name: "ModelData", Type: "String", DefaultValue: "s3://my-bucket/llm/weights/" },
    { Name: "ModelName", Type: "String", DefaultValue: "my-custom-model" },
  ],
  PipelineExperimentConfig: { ExperimentName: { Get: "Execution.PipelineName" }, TrialName: { Get: "Execution.PipelineExecutionId" } },
  Steps: [
    {
      Name: "ImportModel",
      Type: "BedrockModelImport", // steps.py:79, bedrock_steps.py:257
      Arguments: { JobName: "import-job", ImportedModelName: "imported-model", RoleArn: role, ModelDataSource: { S3DataSource: { S3Uri: modelData } }, JobTags: [{ Key: "team", Value: "ml" }] },
      Description: "imports the fine-tuned weights", // steps.py:161
    },
    {
      Name: "CustomModel",
      Type: "BedrockCustomModel", // steps.py:77, bedrock_steps.py:151
      Arguments: { ModelName: { Get: "Parameters.ModelName" }, RoleArn: role, ModelSourceConfig: { S3DataSource: { S3Uri: modelData } } },
    },
    {
      Name: "DeployCustomModel",
      Type: "BedrockCustomModelDeployment", // steps.py:78, bedrock_steps.py:202
      Arguments: { ModelDeploymentName: "my-deployment", ModelArn: { Get: "Steps.CustomModel.ModelArn" } }, // ModelArn: bedrock_steps.py:48
      DisplayName: "Deploy", // steps.py:159
    },
    {
      Name: "Throughput",
      Type: "BedrockProvisionedModelThroughput", // steps.py:80, bedrock_steps.py:310
      Arguments: { ProvisionedModelName: "my-throughput", ModelId: { Get: "Steps.CustomModel.ModelArn" }, ModelUnits: 1, CommitmentDuration: "OneMonth" },
      DependsOn: ["ImportModel"], // steps.py:157
    },
    {
      Name: "RecordLineage",
      Type: "Lineage", // steps.py:81, lineage_step.py:68
      Arguments: {
        // ModelDeploymentArn: bedrock_steps.py:68
        Actions: [{ ActionName: "deploy-action", ActionType: "ModelDeployment", Status: "Completed", Source: { SourceUri: { Get: "Steps.DeployCustomModel.ModelDeploymentArn" } } }],
        Artifacts: [{ ArtifactName: "weights", ArtifactType: "Model", Source: { SourceUri: modelData } }],
        Associations: [{ Source: { Name: "weights", Type: "Artifact" }, Destination: { Name: "deploy-action", Type: "Action" }, AssociationType: "ContributedTo" }],
      },
    },
  ],
};
