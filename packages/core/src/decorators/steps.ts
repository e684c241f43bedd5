import type { ConditionStepArgs } from "../steps/condition.ts";
import type { FailStepArgs } from "../steps/fail.ts";
import type { ModelCreateArgs, ModelRegisterArgs } from "../steps/model.ts";
import type { ProcessingStepArgs } from "../steps/processing.ts";
import type { QualityCheckStepArgs } from "../steps/quality-check.ts";
import { kindsOfDecorator, type StepDecoratorName } from "@sagepipe/expressions";
import type { StepRetry } from "../steps/model-step-retry.ts";
import type { RetryPolicy } from "../steps/retry-policy.ts";
import type { StepOptions } from "../steps/step-options.ts";
import type { TrainingStepArgs } from "../steps/training.ts";
import type { TransformStepArgs } from "../steps/transform.ts";
import type { CallbackStepArgs } from "../steps/callback.ts";
import type { ClarifyCheckStepArgs } from "../steps/clarify-check.ts";
import type { EndpointConfigStepArgs, EndpointStepArgs, InferenceComponentStepArgs } from "../steps/endpoint.ts";
import type { LambdaStepArgs } from "../steps/lambda.ts";
import type { AutoMLStepArgs } from "../steps/automl.ts";
import type { EmrStepArgs } from "../steps/emr.ts";
import type { NotebookJobStepArgs } from "../steps/notebook-job.ts";
import type { TuningStepArgs } from "../steps/tuning.ts";
import type { BedrockCustomModelDeploymentStepArgs, BedrockCustomModelStepArgs, BedrockModelImportStepArgs, BedrockProvisionedModelThroughputStepArgs } from "../steps/bedrock.ts";
import type { EmrServerlessStepArgs } from "../steps/emr-serverless.ts";
import type { LineageStepArgs } from "../steps/lineage.ts";
import type { EstimatorTransformerArgs } from "../steps/estimator-transformer.ts";
import type { MonitorBatchTransformArgs } from "../steps/monitor-batch-transform.ts";
import type { VerbatimStepArgs } from "../steps/verbatim-step.ts";
import { decorateStepMethod } from "./step-method.ts";

/**
 * A method decorator that accepts methods returning `A`, in both decorator standards: the
 * TC39 form (TypeScript 5+'s default) and `experimentalDecorators`. Each call signature takes
 * exactly the arguments its runtime passes, so TypeScript picks the one for the project's mode.
 */
export interface StepDecorator<A> {
  /** TC39 decorators: `(method, context)`. */
  <R extends A>(method: () => R, context: ClassMethodDecoratorContext<any, () => R>): void;
  /** `experimentalDecorators`: `(prototype, name, descriptor)`. */
  <R extends A>(target: object, method: string | symbol, descriptor: TypedPropertyDescriptor<() => R>): void;
}

/** A decorator named in the step-kind table; it accepts the kinds the table gives it. */
function stepDecorator<A, R extends StepRetry = readonly RetryPolicy[]>(name: StepDecoratorName) {
  const decorator = `@${name}`;
  const kinds = kindsOfDecorator(name);
  return <Self = any>(options: StepOptions<Self, R> = {}): StepDecorator<A> =>
    ((...args: unknown[]) => decorateStepMethod({ decorator, kinds, options }, args)) as StepDecorator<A>;
}

/** A processing step: the method returns `processor(...).run(...)`. */
export const Processing = stepDecorator<ProcessingStepArgs<any, any> | VerbatimStepArgs<"Processing">>("Processing");
/** A training step: the method returns `estimator(...).fit(...)`. */
export const Training = stepDecorator<TrainingStepArgs | VerbatimStepArgs<"Training">>("Training");
/** A transform step: the method returns `transformer(...).transform(...)`. */
export const Transform = stepDecorator<TransformStepArgs | VerbatimStepArgs<"Transform">>("Transform");
/** A model step (SDK `ModelStep`): the method returns `model(...).create()` or `.register(...)`. */
export const ModelStep = stepDecorator<ModelCreateArgs | ModelRegisterArgs, StepRetry>("ModelStep");
/** The tutorial's `CreateModelStep`: the method returns `createModel(...)`. */
export const CreateModel = stepDecorator<ModelCreateArgs<"CreateModel"> | VerbatimStepArgs<"Model">>("CreateModel");
/** The tutorial's `RegisterModel` collection: the method returns `registerModel(...)`. */
export const RegisterModel = stepDecorator<ModelRegisterArgs<"RegisterModel"> | VerbatimStepArgs<"RegisterModel">, StepRetry>("RegisterModel");
/** A condition step: the method returns `condition({ conditions, ifSteps, elseSteps })`. */
export const Condition = stepDecorator<ConditionStepArgs>("Condition");
/** A fail step: the method returns `fail(message)`. */
export const Fail = stepDecorator<FailStepArgs>("Fail");
/** A Lambda step: the method returns `lambdaFunction({ functionArn }).invoke({ inputs, outputs })`. */
export const Lambda = stepDecorator<LambdaStepArgs<any>>("Lambda");
/** A callback step: the method returns `callback({ sqsQueueUrl, inputs, outputs })`. */
export const Callback = stepDecorator<CallbackStepArgs<any>>("Callback");
/** An endpoint-config step: the method returns `endpointConfig({ ...CreateEndpointConfig request })`. */
export const EndpointConfig = stepDecorator<EndpointConfigStepArgs>("EndpointConfig");
/** An endpoint step: the method returns `endpoint({ ...CreateEndpoint request })`. */
export const Endpoint = stepDecorator<EndpointStepArgs>("Endpoint");
/** An inference-component step: the method returns `inferenceComponent({ ...CreateInferenceComponent request })`. */
export const InferenceComponent = stepDecorator<InferenceComponentStepArgs>("InferenceComponent");
/** A quality check step: the method returns `checkJob({...}).dataQuality({...})` or `.modelQuality({...})`. */
export const QualityCheck = stepDecorator<QualityCheckStepArgs | VerbatimStepArgs<"QualityCheck">>("QualityCheck");
/** A Clarify check step: the method returns `checkJob({...}).dataBias({...})`, `.modelBias({...})` or `.modelExplainability({...})`. */
export const ClarifyCheck = stepDecorator<ClarifyCheckStepArgs | VerbatimStepArgs<"ClarifyCheck">>("ClarifyCheck");
/** A tuning step: the method returns `hyperparameterTuner(...).fit(...)`. */
export const Tuning = stepDecorator<TuningStepArgs | VerbatimStepArgs<"Tuning">>("Tuning");
/** A notebook job step (a training job in the definition): the method returns `notebookJob({...})`. */
export const NotebookJob = stepDecorator<NotebookJobStepArgs>("NotebookJob");
/** An EMR step: the method returns `emrStep({ clusterId or clusterConfig, stepConfig })`. */
export const EMR = stepDecorator<EmrStepArgs>("EMR");
/** An AutoML step: the method returns `autoML({...}).fit(...)`. */
export const AutoML = stepDecorator<AutoMLStepArgs | VerbatimStepArgs<"AutoML">>("AutoML");
/** An EMR Serverless step (SDK v3): the method returns `emrServerless({ jobConfig, applicationId or applicationConfig })`. */
export const EMRServerless = stepDecorator<EmrServerlessStepArgs>("EMRServerless");
/**
 * A compilation step (SDK v1's `CompilationStep`, a SageMaker Neo job): sagepipe has no helper
 * for it, so the method returns `verbatimStep("Compilation", { arguments: { ...CreateCompilationJob request } })`.
 */
export const Compilation = stepDecorator<VerbatimStepArgs<"Compilation">>("Compilation");
/** A Bedrock custom-model step: the method returns `bedrockCustomModel({ ...CreateCustomModel request })`. */
export const BedrockCustomModel = stepDecorator<BedrockCustomModelStepArgs>("BedrockCustomModel");
/** A Bedrock custom-model deployment step: the method returns `bedrockCustomModelDeployment({...})`. */
export const BedrockCustomModelDeployment = stepDecorator<BedrockCustomModelDeploymentStepArgs>("BedrockCustomModelDeployment");
/** A Bedrock model-import step: the method returns `bedrockModelImport({ ...CreateModelImportJob request })`. */
export const BedrockModelImport = stepDecorator<BedrockModelImportStepArgs>("BedrockModelImport");
/** A Bedrock provisioned-throughput step: the method returns `bedrockProvisionedModelThroughput({...})`. */
export const BedrockProvisionedModelThroughput = stepDecorator<BedrockProvisionedModelThroughputStepArgs>("BedrockProvisionedModelThroughput");
/** A lineage step: the method returns `lineage({ Actions, Artifacts, Contexts, Associations })`. */
export const Lineage = stepDecorator<LineageStepArgs>("Lineage");
/** The SDK's `EstimatorTransformer` collection: the method returns `estimatorTransformer({ model, transformer, transformInputs })`. */
export const EstimatorTransformer = stepDecorator<EstimatorTransformerArgs, StepRetry>("EstimatorTransformer");
/** The SDK's `MonitorBatchTransformStep` collection: the method returns `monitorBatchTransform({ transform, monitor })`. */
export const MonitorBatchTransform = stepDecorator<MonitorBatchTransformArgs<any>>("MonitorBatchTransform");
