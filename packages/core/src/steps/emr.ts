import { propertyProxy, type Properties, type Value } from "@sagepipe/expressions";
import type { EmrStep } from "./emr-step-shape.ts";
import { StepError, type RenderContext } from "./render-context.ts";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";

/** The Hadoop JAR step to run (SDK `EMRStepConfig`). */
export interface EmrStepConfig {
  /** A JAR in S3 or on the cluster, e.g. "command-runner.jar". */
  readonly jar: Value<string>;
  /** @default none */
  readonly args?: readonly Value<string>[];
  /** The main class, when the JAR's manifest names none. @default none */
  readonly mainClass?: Value<string>;
  /** Java properties set when the step runs, by key. @default none */
  readonly properties?: Readonly<Record<string, Value<string>>>;
}

/** A new cluster for the step: EMR's RunJobFlow request (PascalCase keys) without Name, Steps and the keep-alive flags. */
export type EmrClusterConfig = Readonly<Record<string, unknown>>;

/** An EMR step on an existing cluster (`clusterId`) or on a new one (`clusterConfig`). */
export interface EmrStepProps {
  readonly stepConfig: EmrStepConfig;
  /** The running cluster, e.g. "j-1ABCDEFGHIJKL". Give this or `clusterConfig`. */
  readonly clusterId?: Value<string>;
  /** A cluster created for this step and ended after it. Give this or `clusterId`. */
  readonly clusterConfig?: EmrClusterConfig;
  /** The runtime role the step runs as (existing clusters only). @default the cluster's */
  readonly executionRoleArn?: Value<string>;
}

/** An EMR step: properties after EMR's `Step` shape (`Id`, `Status.State`, ...). */
export interface EmrStepArgs extends StepArgs<"EMR"> {
  readonly properties: Properties<EmrStep>;
}

/** What is wrong with the step's settings (empty when fine), as the SDK checks them. */
export function emrStepProblems(props: EmrStepProps): string[] {
  const problems: string[] = [];
  if (props.clusterId !== undefined && props.clusterConfig !== undefined) problems.push("give clusterId or clusterConfig, not both");
  if (props.clusterId === undefined && props.clusterConfig === undefined) problems.push("give clusterId (an existing cluster) or clusterConfig (a new one)");
  if (props.clusterId === undefined && props.executionRoleArn !== undefined) problems.push("executionRoleArn needs clusterId: a new cluster runs its steps with its own roles");
  const instances = props.clusterConfig?.Instances as Record<string, unknown> | undefined;
  for (const key of ["KeepJobFlowAliveWhenNoSteps", "TerminationProtected"]) {
    if (instances && key in instances) problems.push(`clusterConfig.Instances.${key} is set by SageMaker (the cluster ends after the step); remove it`);
  }
  return problems;
}

function renderStepConfig(c: EmrStepConfig): object {
  return {
    HadoopJarStep: {
      Jar: c.jar,
      Args: c.args ? [...c.args] : undefined,
      MainClass: c.mainClass,
      Properties: c.properties ? Object.entries(c.properties).map(([Key, Value]) => ({ Key, Value })) : undefined,
    },
  };
}

/** The `Arguments` of an EMR step, in the SDK's key order. */
export function renderEmrArguments(props: EmrStepProps, ctx: RenderContext): object {
  const problems = emrStepProblems(props);
  if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}.`);
  return {
    StepConfig: renderStepConfig(props.stepConfig),
    ClusterId: props.clusterId,
    ExecutionRoleArn: props.executionRoleArn,
    ClusterConfig: props.clusterConfig,
  };
}

/** SDK `EMRStep`: runs a Hadoop JAR step on an EMR cluster. */
export function emrStep(props: EmrStepProps): EmrStepArgs {
  const slot = new StepSlot();
  return {
    properties: propertyProxy<Properties<EmrStep>>(slot.root()),
    [STEP_ARGS]: {
      kind: "EMR",
      slot,
      inputs: () => props,
      render: (ctx) => [{ Name: ctx.stepName, Type: "EMR", Arguments: renderEmrArguments(props, ctx) }],
    },
  };
}
