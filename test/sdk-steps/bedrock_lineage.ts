// The four Bedrock steps and a Lineage step of SageMaker Python SDK v2.257.6, chained through
// their properties. sdk-steps.test.ts builds it and compares with the JSON the SDK's source
// produces for the same steps.
import {
  BedrockCustomModel, BedrockCustomModelDeployment, BedrockModelImport, BedrockProvisionedModelThroughput, Lineage, Pipeline,
  bedrockCustomModel, bedrockCustomModelDeployment, bedrockModelImport, bedrockProvisionedModelThroughput, lineage, param,
} from "@sagepipe/core";

const role = "arn:aws:iam::123456789012:role/BedrockRole";

@Pipeline({ name: "BedrockLineagePipeline", region: "us-east-1", bucket: "my-bucket" })
export class BedrockLineagePipeline {
  modelData = param.string("ModelData", "s3://my-bucket/llm/weights/");
  modelName = param.string("ModelName", "my-custom-model");

  @BedrockModelImport({ name: "ImportModel", description: "imports the fine-tuned weights" })
  importModel() {
    return bedrockModelImport({
      JobName: "import-job",
      ImportedModelName: "imported-model",
      RoleArn: role,
      ModelDataSource: { S3DataSource: { S3Uri: this.modelData } },
      JobTags: [{ Key: "team", Value: "ml" }],
    });
  }

  @BedrockCustomModel({ name: "CustomModel" })
  customModel() {
    return bedrockCustomModel({
      ModelName: this.modelName,
      RoleArn: role,
      ModelSourceConfig: { S3DataSource: { S3Uri: this.modelData } },
    });
  }

  @BedrockCustomModelDeployment({ name: "DeployCustomModel", displayName: "Deploy" })
  deploy() {
    return bedrockCustomModelDeployment({ ModelDeploymentName: "my-deployment", ModelArn: this.customModel().properties.ModelArn });
  }

  @BedrockProvisionedModelThroughput({ name: "Throughput", dependsOn: (self: BedrockLineagePipeline) => [self.importModel] })
  throughput() {
    return bedrockProvisionedModelThroughput({
      ProvisionedModelName: "my-throughput",
      ModelId: this.customModel().properties.ModelArn,
      ModelUnits: 1,
      CommitmentDuration: "OneMonth",
    });
  }

  @Lineage({ name: "RecordLineage" })
  record() {
    return lineage({
      Actions: [{ ActionName: "deploy-action", ActionType: "ModelDeployment", Status: "Completed", Source: { SourceUri: this.deploy().properties.ModelDeploymentArn } }],
      Artifacts: [{ ArtifactName: "weights", ArtifactType: "Model", Source: { SourceUri: this.modelData } }],
      Associations: [{ Source: { Name: "weights", Type: "Artifact" }, Destination: { Name: "deploy-action", Type: "Action" }, AssociationType: "ContributedTo" }],
    });
  }
}
