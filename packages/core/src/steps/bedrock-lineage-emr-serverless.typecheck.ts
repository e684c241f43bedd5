// Type-level tests of the Bedrock, Lineage and EMRServerless steps: compiled by
// `tsc -p tsconfig.json`, never run. Each `@ts-expect-error` line must fail to type-check.
import { bedrockCustomModel, bedrockCustomModelDeployment, bedrockProvisionedModelThroughput, emrServerless, lineage, param, type PipelineVariable } from "../index.ts";

const name = param.string("ModelName", "m");
const custom = bedrockCustomModel({ ModelName: name, RoleArn: "arn", ModelSourceConfig: { S3DataSource: { S3Uri: "s3://b/k" } } });

// Bedrock arguments are the API's request in PascalCase; properties the SDK's fields, typed.
export const ok1: PipelineVariable<string> = custom.properties.ModelArn;
export const ok2 = bedrockCustomModelDeployment({ ModelDeploymentName: "d", ModelArn: custom.properties.ModelArn }).properties.ModelDeploymentArn;
export const ok3: PipelineVariable<number> = bedrockProvisionedModelThroughput({ ProvisionedModelName: "p", ModelId: "m", ModelUnits: 1 }).properties.ModelUnits;
// @ts-expect-error the pipeline spells Bedrock's members in PascalCase
export const bad1 = bedrockCustomModel({ modelName: "m" });
// @ts-expect-error CreateProvisionedModelThroughput requires ModelUnits
export const bad2 = bedrockProvisionedModelThroughput({ ProvisionedModelName: "p", ModelId: "m" });
// @ts-expect-error not a CommitmentDuration
export const bad3 = bedrockProvisionedModelThroughput({ ProvisionedModelName: "p", ModelId: "m", ModelUnits: 1, CommitmentDuration: "OneWeek" });
// @ts-expect-error GetCustomModel's response has no ModelArm
export const bad4 = custom.properties.ModelArm;
// @ts-expect-error ModelUnits is a number
export const bad5 = bedrockProvisionedModelThroughput({ ProvisionedModelName: "p", ModelId: "m", ModelUnits: name });

// Lineage: entities are the SageMaker Create* requests; ARNs by name.
const record = lineage({ Actions: [{ ActionName: "a", ActionType: "T", Source: { SourceUri: "s3://b/k" } }] });
export const ok4: PipelineVariable<string> = record.properties.ActionArns["a"]!;
// @ts-expect-error CreateAction requires Source
export const bad6 = lineage({ Actions: [{ ActionName: "a", ActionType: "T" }] });
// @ts-expect-error only Actions, Artifacts, Contexts and Associations
export const bad7 = lineage({ Bogus: [] });

// EMRServerless: the job in the EMR Serverless API's camelCase; properties after GetJobRun's response.
const job = emrServerless({ applicationId: "app", jobConfig: { jobDriver: { sparkSubmit: { entryPoint: "s3://b/x.py" } }, executionRoleArn: "arn" } });
export const ok5: PipelineVariable<string> = job.properties.jobRun.state;
// @ts-expect-error the job driver is sparkSubmit or hive
export const bad8 = emrServerless({ applicationId: "app", jobConfig: { jobDriver: { spark: {} }, executionRoleArn: "arn" } });
// @ts-expect-error GetJobRun's response is camelCase
export const bad9 = job.properties.JobRun;
