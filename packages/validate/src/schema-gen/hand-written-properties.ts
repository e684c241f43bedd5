// Step properties no SageMaker response shape describes: what `Steps.<name>.<path>` may read
// on Condition, Fail, Lambda, Callback, QualityCheck, ClarifyCheck, EMR and Lineage steps, and
// the AutoML and Bedrock deployment extras. Written from the SageMaker Python SDK's step classes (their `properties`).
// Member kinds use the compact notation of property-trees.ts.
import type { StepType } from "@sagepipe/expressions";

/** Members added to (or making up) a step type's property root. */
export const HAND_WRITTEN_PROPERTIES: Readonly<Partial<Record<StepType, Readonly<Record<string, string>>>>> = {
  Condition: { Outcome: "string" },
  Fail: {},
  Lambda: { OutputParameters: "{any}" },
  Callback: { OutputParameters: "{any}" },
  QualityCheck: {
    CalculatedBaselineConstraints: "string",
    CalculatedBaselineStatistics: "string",
    BaselineUsedForDriftCheckConstraints: "string",
    BaselineUsedForDriftCheckStatistics: "string",
  },
  ClarifyCheck: { CalculatedBaselineConstraints: "string", BaselineUsedForDriftCheckConstraints: "string" },
  EMR: {
    Id: "string",
    Name: "string",
    ActionOnFailure: "string",
    ExecutionRoleArn: "string",
    Config: "@EMR.HadoopStepConfig",
    Status: "@EMR.StepStatus",
  },
  AutoML: { BestCandidateProperties: "@AutoML.BestCandidateProperties" },
  // SDK LineageStep: the ARNs of what the step created, by entity name.
  Lineage: { ActionArns: "{string}", ArtifactArns: "{string}", ContextArns: "{string}", Associations: "[@Lineage.Association]" },
  // SDK _BEDROCK_CUSTOM_MODEL_DEPLOYMENT_FIELDS names two fields GetCustomModelDeployment's response lacks.
  BedrockCustomModelDeployment: { ModelDeploymentArn: "string", Tags: "[@Bedrock.Tag]" },
};

/** Hand-written shapes the members above point at. */
export const HAND_WRITTEN_SHAPES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "EMR.HadoopStepConfig": { Jar: "string", Properties: "{string}", MainClass: "string", Args: "[string]" },
  "EMR.StepStatus": {
    State: "string",
    StateChangeReason: "@EMR.StepStateChangeReason",
    FailureDetails: "@EMR.FailureDetails",
    Timeline: "@EMR.StepTimeline",
  },
  "EMR.StepStateChangeReason": { Code: "string", Message: "string" },
  "EMR.FailureDetails": { Reason: "string", Message: "string", LogFile: "string" },
  "EMR.StepTimeline": { CreationDateTime: "timestamp", StartDateTime: "timestamp", EndDateTime: "timestamp" },
  "AutoML.BestCandidateProperties": { ModelInsightsJsonReportPath: "string", ExplainabilityJsonReportPath: "string" },
  "Lineage.Association": { SourceArn: "string", DestinationArn: "string" },
  "Bedrock.Tag": { Key: "string", Value: "string" },
};
