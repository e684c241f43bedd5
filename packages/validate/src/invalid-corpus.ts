// The invalid-definition corpus: small mutations of the SDK's goldens, each a single mistake
// that validation must report as exactly one issue with the given code and pointer.
import type { DiagnosticCode } from "./codes/index.ts";

// Mutations poke at arbitrary JSON; `any` keeps each one a readable one-liner.
type Definition = any;

/** One invalid definition: a golden, one mutation, the one issue it must produce. */
export interface InvalidCase {
  readonly name: string;
  /** The golden to start from (file name without .json). */
  readonly base: string;
  readonly mutate: (definition: Definition) => void;
  readonly expectCode: DiagnosticCode;
  readonly expectPointer: string;
  /** Words the message must contain (the expectation, the fix). */
  readonly expectMessage?: readonly string[];
}

const join = (...values: unknown[]) => ({ "Std:Join": { On: "", Values: values } });
const long = (n: number) => "S".repeat(n);

/** The corpus, grouped by kind of mistake. */
export const INVALID_CASES: readonly InvalidCase[] = [
  // misspelled keys
  { name: "misspelled required key in Training arguments", base: "abalone", mutate: (d) => { d.Steps[1].Arguments.RoleARN = d.Steps[1].Arguments.RoleArn; delete d.Steps[1].Arguments.RoleArn; }, expectCode: "SP902", expectPointer: "/Steps/1/Arguments/RoleARN", expectMessage: ['Did you mean "RoleArn"?', "CreateTrainingJob request"] },
  { name: "misspelled optional key in a nested structure", base: "abalone", mutate: (d) => { const r = d.Steps[1].Arguments.ResourceConfig; r.InstanceCnt = r.InstanceCount; delete r.InstanceCount; }, expectCode: "SP902", expectPointer: "/Steps/1/Arguments/ResourceConfig/InstanceCnt", expectMessage: ['Did you mean "InstanceCount"?'] },
  { name: "misspelled step-level key", base: "depends_on", mutate: (d) => { d.Steps[1].DependOn = d.Steps[1].DependsOn; delete d.Steps[1].DependsOn; }, expectCode: "SP902", expectPointer: "/Steps/1/DependOn", expectMessage: ['"DependsOn"'] },
  { name: "misspelled top-level key", base: "abalone", mutate: (d) => { d.Metdata = d.Metadata; delete d.Metadata; }, expectCode: "SP902", expectPointer: "/Metdata", expectMessage: ['"Metadata"'] },
  { name: "misspelled Get", base: "abalone", mutate: (d) => { d.Steps[0].Arguments.ProcessingResources.ClusterConfig.InstanceCount = { get: "Parameters.ProcessingInstanceCount" }; }, expectCode: "SP910", expectPointer: "/Steps/0/Arguments/ProcessingResources/ClusterConfig/InstanceCount" },
  { name: "misspelled key inside Std:Join", base: "abalone", mutate: (d) => { const j = d.Steps[0].Arguments.ProcessingOutputConfig.Outputs[0].S3Output.S3Uri["Std:Join"]; j.Value = j.Values; delete j.Values; }, expectCode: "SP902", expectPointer: "/Steps/0/Arguments/ProcessingOutputConfig/Outputs/0/S3Output/S3Uri/Std:Join/Value", expectMessage: ['"Values"'] },
  { name: "cache config on a Fail step", base: "fail_step", mutate: (d) => { d.Steps[1].CacheConfig = { Enabled: true }; }, expectCode: "SP902", expectPointer: "/Steps/1/CacheConfig" },
  // wrong types
  { name: "string where the API takes a number", base: "abalone", mutate: (d) => { d.Steps[1].Arguments.ResourceConfig.VolumeSizeInGB = "30"; }, expectCode: "SP904", expectPointer: "/Steps/1/Arguments/ResourceConfig/VolumeSizeInGB", expectMessage: ["expected a number", 'found string "30"'] },
  { name: "string where the API takes a list", base: "abalone", mutate: (d) => { d.Steps[0].Arguments.AppSpecification.ContainerEntrypoint = "python3 preprocessing.py"; }, expectCode: "SP904", expectPointer: "/Steps/0/Arguments/AppSpecification/ContainerEntrypoint", expectMessage: ["expected an array"] },
  { name: "DependsOn as a string", base: "depends_on", mutate: (d) => { d.Steps[1].DependsOn = "A"; }, expectCode: "SP904", expectPointer: "/Steps/1/DependsOn" },
  { name: "Integer parameter with a string default", base: "abalone", mutate: (d) => { d.Parameters[1].DefaultValue = "1"; }, expectCode: "SP904", expectPointer: "/Parameters/1/DefaultValue", expectMessage: ["expected an integer"] },
  { name: "Steps is not a list", base: "fail_step", mutate: (d) => { d.Steps = { FailNoMessage: d.Steps[1] }; }, expectCode: "SP904", expectPointer: "/Steps" },
  { name: "Callback queue URL as a number", base: "callback_step", mutate: (d) => { d.Steps[1].SqsQueueUrl = 42; }, expectCode: "SP904", expectPointer: "/Steps/1/SqsQueueUrl" },
  { name: "object that is not an expression in a condition", base: "lambda_step", mutate: (d) => { d.Steps[1].Arguments.Conditions[1].RightValue = { value: 0.9 }; }, expectCode: "SP910", expectPointer: "/Steps/1/Arguments/Conditions/1/RightValue" },
  { name: "bad expression nested in Lambda inputs", base: "lambda_step", mutate: (d) => { d.Steps[0].Arguments.config = { depth: 3, model: [{ Get: "Parameters.ModelNam" }] }; }, expectCode: "SP912", expectPointer: "/Steps/0/Arguments/config/model/0" },
  // values outside an enum or format
  { name: "misspelled enum value", base: "abalone", mutate: (d) => { d.Steps[0].Arguments.ProcessingInputs[0].S3Input.S3DataType = "S3Prefx"; }, expectCode: "SP905", expectPointer: "/Steps/0/Arguments/ProcessingInputs/0/S3Input/S3DataType", expectMessage: ['Did you mean "S3Prefix"?'] },
  { name: "bad enum value in a nested RegisterModel step", base: "abalone", mutate: (d) => { d.Steps[3].Arguments.IfSteps[0].Arguments.ModelApprovalStatus = "Approve"; }, expectCode: "SP905", expectPointer: "/Steps/3/Arguments/IfSteps/0/Arguments/ModelApprovalStatus", expectMessage: ['"Approved"'] },
  { name: "bad tuning scaling type", base: "tuning_step", mutate: (d) => { d.Steps[0].Arguments.HyperParameterTuningJobConfig.ParameterRanges.IntegerParameterRanges[0].ScalingType = "Linearr"; }, expectCode: "SP905", expectPointer: "/Steps/0/Arguments/HyperParameterTuningJobConfig/ParameterRanges/IntegerParameterRanges/0/ScalingType" },
  { name: "bad Lambda output type", base: "lambda_step", mutate: (d) => { d.Steps[0].OutputParameters[1].OutputType = "Int"; }, expectCode: "SP905", expectPointer: "/Steps/0/OutputParameters/1/OutputType" },
  { name: "bad retry exception type", base: "emr_step", mutate: (d) => { d.Steps[0].RetryPolicies[0].ExceptionType = ["Step.THROTTLED"]; }, expectCode: "SP905", expectPointer: "/Steps/0/RetryPolicies/0/ExceptionType/0", expectMessage: ['"Step.THROTTLING"'] },
  { name: "cache expiry not an ISO 8601 duration", base: "emr_step", mutate: (d) => { d.Steps[0].CacheConfig.ExpireAfter = "2 hours"; }, expectCode: "SP906", expectPointer: "/Steps/0/CacheConfig/ExpireAfter", expectMessage: ["ISO 8601"] },
  { name: "wrong definition version", base: "abalone", mutate: (d) => { d.Version = "2021-01-01"; }, expectCode: "SP906", expectPointer: "/Version", expectMessage: ['"2020-12-01"'] },
  { name: "display name too long", base: "depends_on", mutate: (d) => { d.Steps[0].DisplayName = long(300); }, expectCode: "SP906", expectPointer: "/Steps/0/DisplayName", expectMessage: ["256"] },
  // unknown step, condition and parameter types
  { name: "misspelled step type", base: "abalone", mutate: (d) => { d.Steps[0].Type = "Procesing"; }, expectCode: "SP907", expectPointer: "/Steps/0/Type", expectMessage: ['Did you mean "Processing"?'] },
  { name: "unknown step type in a condition branch", base: "abalone", mutate: (d) => { d.Steps[3].Arguments.IfSteps[2].Type = "BatchTransform"; }, expectCode: "SP907", expectPointer: "/Steps/3/Arguments/IfSteps/2/Type" },
  { name: "step without a type", base: "abalone", mutate: (d) => { delete d.Steps[2].Type; }, expectCode: "SP907", expectPointer: "/Steps/2/Type", expectMessage: ["has no Type"] },
  { name: "misspelled condition type", base: "abalone", mutate: (d) => { d.Steps[3].Arguments.Conditions[0].Type = "LessThanEqual"; }, expectCode: "SP908", expectPointer: "/Steps/3/Arguments/Conditions/0/Type", expectMessage: ['Did you mean "LessThanOrEqualTo"?'] },
  { name: "unknown parameter type", base: "abalone", mutate: (d) => { d.Parameters[1].Type = "Int"; }, expectCode: "SP909", expectPointer: "/Parameters/1/Type" },
  // missing required fields
  { name: "Training step without OutputDataConfig", base: "abalone", mutate: (d) => { delete d.Steps[1].Arguments.OutputDataConfig; }, expectCode: "SP903", expectPointer: "/Steps/1/Arguments/OutputDataConfig" },
  { name: "processing input without S3Uri", base: "abalone", mutate: (d) => { delete d.Steps[0].Arguments.ProcessingInputs[1].S3Input.S3Uri; }, expectCode: "SP903", expectPointer: "/Steps/0/Arguments/ProcessingInputs/1/S3Input/S3Uri" },
  { name: "Endpoint step without EndpointName", base: "endpoint_steps", mutate: (d) => { delete d.Steps[2].Arguments.EndpointName; }, expectCode: "SP903", expectPointer: "/Steps/2/Arguments/EndpointName" },
  { name: "step without Arguments", base: "fail_step", mutate: (d) => { delete d.Steps[1].Arguments; }, expectCode: "SP903", expectPointer: "/Steps/1/Arguments" },
  { name: "step without Name", base: "fail_step", mutate: (d) => { delete d.Steps[1].Name; }, expectCode: "SP903", expectPointer: "/Steps/1/Name" },
  { name: "Lambda step without FunctionArn", base: "lambda_step", mutate: (d) => { delete d.Steps[0].FunctionArn; }, expectCode: "SP903", expectPointer: "/Steps/0/FunctionArn" },
  { name: "In condition without Values", base: "conditions", mutate: (d) => { delete d.Steps[1].Arguments.Conditions[5].Values; }, expectCode: "SP903", expectPointer: "/Steps/1/Arguments/Conditions/5/Values" },
  // dangling references
  { name: "Get of an undeclared parameter", base: "abalone", mutate: (d) => { d.Steps[1].Arguments.ResourceConfig.InstanceType.Get = "Parameters.TrainingInstanceTyp"; }, expectCode: "SP912", expectPointer: "/Steps/1/Arguments/ResourceConfig/InstanceType", expectMessage: ['Did you mean "TrainingInstanceType"?'] },
  { name: "Get of a missing step", base: "abalone", mutate: (d) => { d.Steps[2].Arguments.ProcessingInputs[0].S3Input.S3Uri.Get = "Steps.AbaloneTrian.ModelArtifacts.S3ModelArtifacts"; }, expectCode: "SP913", expectPointer: "/Steps/2/Arguments/ProcessingInputs/0/S3Input/S3Uri", expectMessage: ['Did you mean "AbaloneTrain"?'] },
  { name: "unknown execution variable", base: "abalone", mutate: (d) => { d.Steps[0].Arguments.ProcessingOutputConfig.Outputs[0].S3Output.S3Uri["Std:Join"].Values[3].Get = "Execution.PipelineExecutionID"; }, expectCode: "SP914", expectPointer: "/Steps/0/Arguments/ProcessingOutputConfig/Outputs/0/S3Output/S3Uri/Std:Join/Values/3", expectMessage: ['Did you mean "PipelineExecutionId"?'] },
  { name: "misspelled step property", base: "abalone", mutate: (d) => { d.Steps[2].Arguments.ProcessingInputs[0].S3Input.S3Uri.Get = "Steps.AbaloneTrain.ModelArtifacts.S3ModelArtifact"; }, expectCode: "SP915", expectPointer: "/Steps/2/Arguments/ProcessingInputs/0/S3Input/S3Uri", expectMessage: ['Did you mean "S3ModelArtifacts"?'] },
  { name: "property path ending at a structure", base: "abalone", mutate: (d) => { d.Steps[2].Arguments.ProcessingInputs[0].S3Input.S3Uri.Get = "Steps.AbaloneTrain.ModelArtifacts"; }, expectCode: "SP915", expectPointer: "/Steps/2/Arguments/ProcessingInputs/0/S3Input/S3Uri", expectMessage: ['"S3ModelArtifacts"'] },
  { name: "malformed property index", base: "abalone", mutate: (d) => { d.Steps[1].Arguments.InputDataConfig[0].DataSource.S3DataSource.S3Uri.Get = "Steps.AbaloneProcess.ProcessingOutputConfig.Outputs[train].S3Output.S3Uri"; }, expectCode: "SP911", expectPointer: "/Steps/1/Arguments/InputDataConfig/0/DataSource/S3DataSource/S3Uri" },
  { name: "undeclared processing output", base: "abalone", mutate: (d) => { d.Steps[1].Arguments.InputDataConfig[0].DataSource.S3DataSource.S3Uri.Get = "Steps.AbaloneProcess.ProcessingOutputConfig.Outputs['trian'].S3Output.S3Uri"; }, expectCode: "SP917", expectPointer: "/Steps/1/Arguments/InputDataConfig/0/DataSource/S3DataSource/S3Uri", expectMessage: ['"train"'] },
  { name: "undeclared Lambda output", base: "lambda_step", mutate: (d) => { d.Steps[1].Arguments.Conditions[0].LeftValue.Get = "Steps.CallLambda.OutputParameters['okay']"; }, expectCode: "SP917", expectPointer: "/Steps/1/Arguments/Conditions/0/LeftValue", expectMessage: ['"ok"'] },
  { name: "undeclared property file", base: "abalone", mutate: (d) => { d.Steps[3].Arguments.Conditions[0].LeftValue["Std:JsonGet"].PropertyFile.Get = "Steps.AbaloneEval.PropertyFiles.EvalReport"; }, expectCode: "SP916", expectPointer: "/Steps/3/Arguments/Conditions/0/LeftValue/Std:JsonGet/PropertyFile", expectMessage: ['"EvaluationReport"'] },
  { name: "property file of an undeclared output", base: "abalone", mutate: (d) => { d.Steps[2].PropertyFiles[0].OutputName = "eval"; }, expectCode: "SP919", expectPointer: "/Steps/2/PropertyFiles/0/OutputName", expectMessage: ['"evaluation"'] },
  { name: "Get with a misspelled root", base: "abalone", mutate: (d) => { d.Steps[0].Arguments.ProcessingInputs[0].S3Input.S3Uri.Get = "Parameter.InputData"; }, expectCode: "SP911", expectPointer: "/Steps/0/Arguments/ProcessingInputs/0/S3Input/S3Uri", expectMessage: ['Did you mean "Parameters"?'] },
  { name: "property file read without Std:JsonGet", base: "abalone", mutate: (d) => { d.Steps[3].Arguments.IfSteps[0].Arguments.ModelMetrics.ModelQuality.Statistics.S3Uri = { Get: "Steps.AbaloneEval.PropertyFiles.EvaluationReport" }; }, expectCode: "SP911", expectPointer: "/Steps/3/Arguments/IfSteps/0/Arguments/ModelMetrics/ModelQuality/Statistics/S3Uri", expectMessage: ["Std:JsonGet"] },
  { name: "experiment config read while turned off", base: "pipeline_experiment_config_none", mutate: (d) => { d.Steps[0].Arguments.Environment = { EXPERIMENT: { Get: "PipelineExperimentConfig.ExperimentName" } }; }, expectCode: "SP911", expectPointer: "/Steps/0/Arguments/Environment/EXPERIMENT", expectMessage: ["null"] },
  { name: "DependsOn a missing step", base: "depends_on", mutate: (d) => { d.Steps[2].DependsOn[1] = "BB"; }, expectCode: "SP918", expectPointer: "/Steps/2/DependsOn/1", expectMessage: ['Did you mean "B"?'] },
  // values SageMaker rejects when a job or run starts (SP941-SP982)
  { name: "role given as a name", base: "abalone", mutate: (d) => { d.Steps[0].Arguments.RoleArn = "SageMakerRole"; }, expectCode: "SP941", expectPointer: "/Steps/0/Arguments/RoleArn", expectMessage: ["the ARN of an IAM role", '"arn:aws:iam::<account>:role/SageMakerRole"'] },
  { name: "KMS key that is not a key ID, alias or ARN", base: "processing_step", mutate: (d) => { d.Steps[0].Arguments.ProcessingResources.ClusterConfig.VolumeKmsKeyId = "my-key"; }, expectCode: "SP942", expectPointer: "/Steps/0/Arguments/ProcessingResources/ClusterConfig/VolumeKmsKeyId", expectMessage: ['an alias ("alias/my-key")'] },
  { name: "Lambda function given by its name", base: "lambda_step", mutate: (d) => { d.Steps[0].FunctionArn = "my-function"; }, expectCode: "SP943", expectPointer: "/Steps/0/FunctionArn", expectMessage: ['"arn:aws:lambda:<region>:<account>:function:my-function"'] },
  { name: "S3 URI without s3:// in a parameter default", base: "abalone", mutate: (d) => { d.Parameters[4].DefaultValue = "my-bucket/abalone/abalone-dataset.csv"; }, expectCode: "SP951", expectPointer: "/Steps/0/Arguments/ProcessingInputs/0/S3Input/S3Uri", expectMessage: ['the default of parameter "InputData"', "a value given when a run starts is not checked", 'write "s3://my-bucket/abalone/abalone-dataset.csv"'] },
  { name: "S3 URI with the scheme twice", base: "abalone", mutate: (d) => { d.Steps[1].Arguments.OutputDataConfig.S3OutputPath = "s3://s3://my-bucket/AbaloneTrain"; }, expectCode: "SP952", expectPointer: "/Steps/1/Arguments/OutputDataConfig/S3OutputPath", expectMessage: ['bucket: "my-bucket"'] },
  { name: "local path where an S3 URI belongs", base: "abalone", mutate: (d) => { d.Parameters[4].DefaultValue = "./data/abalone.csv"; }, expectCode: "SP954", expectPointer: "/Steps/0/Arguments/ProcessingInputs/0/S3Input/S3Uri", expectMessage: ["aws s3 cp ./data/abalone.csv s3://<bucket>/data/abalone.csv", "not checked"] },
  { name: "misspelled instance type in a parameter default", base: "abalone", mutate: (d) => { d.Parameters[2].DefaultValue = "ml.m5.xlarg"; }, expectCode: "SP961", expectPointer: "/Steps/1/Arguments/ResourceConfig/InstanceType", expectMessage: ['Did you mean "ml.m5.xlarge"?', "not checked", 'Change the default to "ml.m5.xlarge".'] },
  { name: "processing volume of 0 GB", base: "abalone", mutate: (d) => { d.Steps[0].Arguments.ProcessingResources.ClusterConfig.VolumeSizeInGB = 0; }, expectCode: "SP962", expectPointer: "/Steps/0/Arguments/ProcessingResources/ClusterConfig/VolumeSizeInGB", expectMessage: ["an integer from 1 to 16384 GB", "Give an integer from 1 to 16384"] },
  { name: "training instance count of 0", base: "abalone", mutate: (d) => { d.Steps[1].Arguments.ResourceConfig.InstanceCount = 0; }, expectCode: "SP962", expectPointer: "/Steps/1/Arguments/ResourceConfig/InstanceCount", expectMessage: ["Give at least 1 instance"] },
  { name: "String parameter compared with a number", base: "conditions", mutate: (d) => { d.Steps[1].Arguments.Conditions[0] = { Type: "Equals", LeftValue: { Get: "Parameters.Stage" }, RightValue: 1 }; }, expectCode: "SP971", expectPointer: "/Steps/1/Arguments/Conditions/0", expectMessage: ['String parameter "Stage" with the number 1', "Make the parameter an Integer or Float parameter"] },
  { name: "JsonGet compared in order with a string", base: "abalone", mutate: (d) => { d.Steps[3].Arguments.Conditions[0].RightValue = "6.0"; }, expectCode: "SP972", expectPointer: "/Steps/3/Arguments/Conditions/0", expectMessage: ["compared as a number", 'Compare with a number (0.9, not "0.9")'] },
  { name: "else-branch step reading a step of the if-branch", base: "abalone", mutate: (d) => { d.Steps[3].Arguments.ElseSteps.push({ Name: "AbaloneStop", Type: "Fail", Arguments: { ErrorMessage: { Get: "Steps.AbaloneCreateModel.ModelName" } } }); }, expectCode: "SP981", expectPointer: "/Steps/3/Arguments/ElseSteps/0/Arguments/ErrorMessage", expectMessage: ["in the other branch", "Put both steps in the same branch"] },
  { name: "top-level DependsOn on a step inside a branch", base: "abalone", mutate: (d) => { d.Steps.push({ Name: "AbaloneStop", Type: "Fail", DependsOn: ["AbaloneTransform"], Arguments: { ErrorMessage: "stopped" } }); }, expectCode: "SP982", expectPointer: "/Steps/4/DependsOn/0", expectMessage: ["runs outside that branch", "Put both steps in the same branch"] },
  // cycles
  { name: "cycle through DependsOn and a property reference", base: "abalone", mutate: (d) => { d.Steps[0].DependsOn = ["AbaloneEval"]; }, expectCode: "SP921", expectPointer: "/Steps/0", expectMessage: ['"AbaloneProcess" depends on "AbaloneEval"'] },
  { name: "step depending on itself", base: "depends_on", mutate: (d) => { d.Steps[1].DependsOn = ["B"]; }, expectCode: "SP921", expectPointer: "/Steps/1", expectMessage: ["depends on itself"] },
  { name: "condition depending on a step of its own branch", base: "abalone", mutate: (d) => { d.Steps[3].DependsOn = ["AbaloneTransform"]; }, expectCode: "SP921", expectPointer: "/Steps/3", expectMessage: ["runs in a branch"] },
  { name: "cycle of DependsOn", base: "depends_on", mutate: (d) => { d.Steps[0].DependsOn = ["C"]; }, expectCode: "SP921", expectPointer: "/Steps/0" },
  // names
  { name: "step name reused in a condition branch", base: "abalone", mutate: (d) => { d.Steps[3].Arguments.IfSteps[2].Name = "AbaloneTrain"; }, expectCode: "SP922", expectPointer: "/Steps/3/Arguments/IfSteps/2/Name" },
  { name: "parameter declared twice", base: "abalone", mutate: (d) => { d.Parameters.push({ Name: "InputData", Type: "String" }); }, expectCode: "SP922", expectPointer: "/Parameters/6/Name" },
  { name: "processing output name used twice", base: "processing_step", mutate: (d) => { d.Steps[0].Arguments.ProcessingOutputConfig.Outputs[0].OutputName = "fixed"; }, expectCode: "SP922", expectPointer: "/Steps/0/Arguments/ProcessingOutputConfig/Outputs/1/OutputName" },
  { name: "step name with a space", base: "abalone", mutate: (d) => { d.Steps[3].Arguments.IfSteps[2].Name = "Abalone Transform"; }, expectCode: "SP923", expectPointer: "/Steps/3/Arguments/IfSteps/2/Name", expectMessage: ['" "'] },
  { name: "step name over 64 characters", base: "fail_step", mutate: (d) => { d.Steps[1].Name = long(65); }, expectCode: "SP923", expectPointer: "/Steps/1/Name", expectMessage: ["64"] },
  { name: "parameter name with a dot", base: "abalone", mutate: (d) => { d.Parameters.push({ Name: "Input.Data", Type: "String" }); }, expectCode: "SP923", expectPointer: "/Parameters/6/Name" },
  { name: "property file name with a dot", base: "abalone", mutate: (d) => { d.Steps[2].PropertyFiles[0].PropertyFileName = "Evaluation.Report"; d.Steps[3].Arguments.Conditions[0].LeftValue["Std:JsonGet"].PropertyFile.Get = "Steps.AbaloneEval.PropertyFiles.Evaluation.Report"; }, expectCode: "SP923", expectPointer: "/Steps/2/PropertyFiles/0/PropertyFileName" },
  // types of parameters and expressions
  { name: "Integer parameter where a string is required", base: "abalone", mutate: (d) => { d.Steps[0].Arguments.ProcessingResources.ClusterConfig.InstanceType.Get = "Parameters.ProcessingInstanceCount"; }, expectCode: "SP931", expectPointer: "/Steps/0/Arguments/ProcessingResources/ClusterConfig/InstanceType", expectMessage: ["Std:Join"] },
  { name: "String parameter where a number is required", base: "abalone", mutate: (d) => { d.Steps[0].Arguments.ProcessingResources.ClusterConfig.InstanceCount.Get = "Parameters.InputData"; }, expectCode: "SP931", expectPointer: "/Steps/0/Arguments/ProcessingResources/ClusterConfig/InstanceCount" },
  { name: "Boolean parameter where a string is required", base: "parameters", mutate: (d) => { d.Steps[0].Arguments.Environment.MODE.Get = "Parameters.RunExtra"; }, expectCode: "SP931", expectPointer: "/Steps/0/Arguments/Environment/MODE" },
  { name: "Float parameter where a boolean is required", base: "parameters", mutate: (d) => { d.Steps[0].Arguments.NetworkConfig = { EnableNetworkIsolation: { Get: "Parameters.LearningRate" } }; }, expectCode: "SP931", expectPointer: "/Steps/0/Arguments/NetworkConfig/EnableNetworkIsolation" },
  { name: "Std:Join where a number is required", base: "abalone", mutate: (d) => { d.Steps[0].Arguments.ProcessingResources.ClusterConfig.InstanceCount = join("1"); }, expectCode: "SP932", expectPointer: "/Steps/0/Arguments/ProcessingResources/ClusterConfig/InstanceCount" },
  { name: "execution variable where a number is required", base: "abalone", mutate: (d) => { d.Steps[1].Arguments.ResourceConfig.VolumeSizeInGB = { Get: "Execution.PipelineName" }; }, expectCode: "SP932", expectPointer: "/Steps/1/Arguments/ResourceConfig/VolumeSizeInGB" },
  { name: "parameter default outside its EnumValues", base: "parameters", mutate: (d) => { d.Parameters[1].DefaultValue = "ml.m5.4xlarge"; }, expectCode: "SP933", expectPointer: "/Parameters/1/DefaultValue" },
  // rules inside arguments
  { name: "Std:JsonGet with both PropertyFile and S3Uri", base: "json_get", mutate: (d) => { d.Steps[1].Arguments.Conditions[0].LeftValue["Std:JsonGet"].S3Uri = "s3://my-bucket/report.json"; }, expectCode: "SP934", expectPointer: "/Steps/1/Arguments/Conditions/0/LeftValue/Std:JsonGet" },
  { name: "EMR step with both ClusterId and ClusterConfig", base: "emr_step", mutate: (d) => { d.Steps[0].Arguments.ClusterConfig = d.Steps[1].Arguments.ClusterConfig; }, expectCode: "SP935", expectPointer: "/Steps/0/Arguments" },
];
