// @sagepipe/aws: deploy, diff, start, watch and the model registry against SageMaker.
// Works on definition JSON only; never imports @sagepipe/core or @sagepipe/compiler.

export { AwsError } from "./aws-error.ts";
export { describeAwsError, callAws, isNotFound, type CallContext } from "./describe-aws-error.ts";
export { createAwsClients, type AwsClients, type AwsClientOptions } from "./clients.ts";
export { resolveEndpoints, type ResolvedEndpoints } from "./endpoints.ts";

export type { DeployableBuild, DeployableAsset, DeployableLambdaFunction } from "./deployable.ts";
export { deployLambdaFunctions, readLambdaZips, type LambdaOutcome } from "./lambda-functions.ts";
export { loadBuildOutput, definitionMismatch } from "./load-build-output.ts";
export { uploadAssets, checkAssets, type AssetOutcome } from "./upload-assets.ts";
export { INLINE_DEFINITION_LIMIT, placeDefinition, chooseDefinitionBucket, type DefinitionPlacement } from "./definition-placement.ts";
export { planDeploy, checkDesired, type DeployPlan, type DesiredPipeline, type PipelineField } from "./deploy-plan.ts";
export { deploy, type DeployOptions, type DeployReport, type DefinitionOutcome } from "./deploy.ts";
export { formatDeployReport } from "./format-deploy-report.ts";
export { findPipeline, getPipeline, type LivePipeline } from "./live-pipeline.ts";
export { describePipelineDefinition, type DescribedDefinition } from "./pipeline-definition.ts";
export { readS3Object } from "./read-s3-object.ts";

export { canonicalJson, sameDefinition } from "./canonical-json.ts";
export { diffJson, type LeafChange } from "./json-diff.ts";
export { diffDefinitions, type DefinitionChange } from "./definition-diff.ts";
export { formatDefinitionDiff } from "./format-definition-diff.ts";
export { diffPipeline, formatPipelineDiff, isSame, type PipelineDiff } from "./diff-pipeline.ts";

export { declaredParameters, parseParameterArgs, checkParameterValues, type DeclaredParameter } from "./pipeline-parameters.ts";
export { startExecution, type StartOptions, type StartedExecution } from "./start-execution.ts";
export { readExecutionProgress, FINAL_STATUSES, type ExecutionProgress, type StepProgress } from "./execution-progress.ts";
export { watch, exitCodeForStatus, type WatchOptions } from "./watch.ts";
export { progressLines, progressTable, redrawFrame } from "./render-progress.ts";
export { formatDuration } from "./durations.ts";
export { listRuns, formatRuns, type RunSummary } from "./list-runs.ts";
export { stopExecution } from "./stop-execution.ts";
export { listModelPackages, formatModelPackages, setModelApproval, type ModelPackageInfo } from "./model-packages.ts";
