// SDK v3 `EMRServerlessStep` (sagemaker-mlops/src/sagemaker/mlops/workflow/emr_serverless_step.py):
// runs a job on an EMR Serverless application, an existing one (`applicationId`) or one made
// for the step (`applicationConfig`). Request types are generated from `@aws-sdk/client-emr-serverless`
// into ../aws-types (types only). EMR Serverless is a JSON-protocol API: its members are camelCase,
// and the SDK passes them through as they are (only the step's own top-level keys are PascalCase).
import type { ConfigurationOverrides, CreateApplicationRequest, GetJobRunResponse, JobDriver } from "../aws-types/emr-serverless.ts";
import { propertyProxy, type Properties, type Value } from "@sagepipe/expressions";
import { StepError, type RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";
import type { WithVariables } from "./with-variables.ts";

/** The job to run (SDK `EMRServerlessJobConfig`). */
export interface EmrServerlessJobConfig {
  /** What to run: `{ sparkSubmit: { entryPoint, entryPointArguments?, sparkSubmitParameters? } }` or `{ hive: {...} }`. */
  readonly jobDriver: WithVariables<JobDriver>;
  /** The role the job runs as (also the step's top-level ExecutionRoleArn). */
  readonly executionRoleArn: Value<string>;
  /** @default none */
  readonly configurationOverrides?: WithVariables<ConfigurationOverrides>;
  /** @default EMR Serverless's */
  readonly executionTimeoutMinutes?: Value<number>;
  /** The job run's name. @default none */
  readonly name?: Value<string>;
  /** @default none */
  readonly tags?: Readonly<Record<string, Value<string>>>;
}

/** CreateApplication's request (the idempotency token is optional here: the service makes one). */
export type EmrServerlessApplicationConfig = WithVariables<Omit<CreateApplicationRequest, "clientToken"> & { clientToken?: string }>;

/** An EMR Serverless step on an existing application (`applicationId`) or on a new one (`applicationConfig`). */
export interface EmrServerlessStepProps {
  readonly jobConfig: EmrServerlessJobConfig;
  /** The existing application, e.g. "00f1abcd2efgh3ij". Give this or `applicationConfig`. */
  readonly applicationId?: Value<string>;
  /** An application created for the step. Give this or `applicationId`. */
  readonly applicationConfig?: EmrServerlessApplicationConfig;
}

/** An EMR Serverless step; `properties` follow GetJobRun's response as the API spells it (`properties.jobRun.state`). */
export interface EmrServerlessStepArgs extends StepArgs<"EMRServerless"> {
  readonly properties: Properties<GetJobRunResponse>;
}

/** The `Arguments`, in the SDK's key order (EMRServerlessJobConfig.to_request, then EMRServerlessStep.__init__). */
function renderArguments(props: EmrServerlessStepProps, ctx: RenderContext): object {
  const { jobConfig: job, applicationId, applicationConfig } = props;
  if (applicationId === undefined && applicationConfig === undefined) {
    throw new StepError(`Step ${ctx.stepName}: give applicationId (an existing EMR Serverless application) or applicationConfig (a new one).`);
  }
  if (applicationId !== undefined && applicationConfig !== undefined) {
    throw new StepError(`Step ${ctx.stepName}: give applicationId or applicationConfig, not both.`);
  }
  return {
    ExecutionRoleArn: job.executionRoleArn,
    JobConfig: {
      executionRoleArn: job.executionRoleArn,
      jobDriver: job.jobDriver,
      applicationId,
      configurationOverrides: job.configurationOverrides,
      executionTimeoutMinutes: job.executionTimeoutMinutes,
      name: job.name,
      tags: job.tags,
    },
    ApplicationId: applicationId,
    ApplicationConfig: applicationConfig,
  };
}

/** SDK v3 `EMRServerlessStep`: runs `jobConfig` on an EMR Serverless application. */
export function emrServerless(props: EmrServerlessStepProps): EmrServerlessStepArgs {
  const slot = new StepSlot();
  return {
    properties: propertyProxy<Properties<GetJobRunResponse>>(slot.root()),
    [STEP_ARGS]: {
      kind: "EMRServerless",
      slot,
      inputs: () => props,
      render: (ctx) => [{ Name: ctx.stepName, Type: "EMRServerless", Arguments: renderArguments(props, ctx) }],
    },
  };
}
