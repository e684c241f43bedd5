// SDK v2.257.6 `MonitorBatchTransformStep` (sagemaker/workflow/monitor_batch_transform_step.py):
// a transform step `<name>-transform` and a quality or Clarify check `<name>-monitoring`, always
// in that order in the definition; the check runs after the transform (it depends on it), or
// before it (the transform depends on it) for data quality and model explainability checks.
// Display names are `<display name>-transform` / `-monitoring`; the description goes to both.
import { propertyProxy, type PipelineVariable, type Properties } from "@sagepipe/expressions";
import type { ClarifyCheckStepArgs } from "./clarify-check.ts";
import type { QualityCheckStepArgs } from "./quality-check.ts";
import { StepError, type RenderContext } from "./render-context.ts";
import { internals, STEP_ARGS, type RenderedStep, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";
import type { TransformStepArgs } from "./transform.ts";

/** The check a batch transform is monitored with. */
export type MonitorCheck = QualityCheckStepArgs | ClarifyCheckStepArgs;

/** What `monitorBatchTransform()` takes. */
export interface MonitorBatchTransformProps<M extends MonitorCheck> {
  /** The transform: `transformer({...}).transform({...})` (SDK `transform_step_args`). */
  readonly transform: TransformStepArgs;
  /**
   * The check: `checkJob({...}).dataQuality({...})`, `.modelQuality`, `.dataBias`, `.modelBias` or
   * `.modelExplainability` (SDK `monitor_configuration` and `check_job_configuration`). Its
   * `failOnViolation` and supplied baselines are the SDK's arguments of the same names; it never
   * skips, registers a new baseline or reads a model package group (the SDK fixes those).
   */
  readonly monitor: M;
  /** Run the check before the transform (data quality and model explainability checks only). @default false */
  readonly monitorBeforeTransform?: boolean;
}

/** The collection; `properties` are its check's (the SDK's `steps[-1].properties`). */
export interface MonitorBatchTransformArgs<M extends MonitorCheck = MonitorCheck> extends StepArgs<"MonitorBatchTransform"> {
  readonly properties: M["properties"];
  /** The `<name>-transform` member's properties. */
  readonly transformProperties: TransformStepArgs["properties"];
  /** `Steps.<name>-transform.TransformOutput.S3OutputPath` */
  readonly outputPath: PipelineVariable<string>;
}

const TRANSFORM = "-transform";
const MONITORING = "-monitoring";
const BEFORE_OK = ["DATA_QUALITY", "MODEL_EXPLAINABILITY"];

function render<M extends MonitorCheck>(props: MonitorBatchTransformProps<M>, ctx: RenderContext, nested: (step: StepArgs) => readonly unknown[]): (RenderedStep & Record<string, unknown>)[] {
  const member = (suffix: string): RenderContext => ({ ...ctx, stepName: ctx.stepName + suffix });
  const [transform] = internals(props.transform).render(member(TRANSFORM), nested);
  const [check] = internals(props.monitor).render(member(MONITORING), nested) as (RenderedStep & Record<string, unknown>)[];
  if (!transform || !check) throw new StepError(`Step ${ctx.stepName}: the transform and the check must each be one step.`);
  const fixed = { SkipCheck: false, RegisterNewBaseline: false, ModelPackageGroupName: null };
  const changed = Object.entries(fixed).filter(([k, v]) => check[k] !== v).map(([k]) => k.charAt(0).toLowerCase() + k.slice(1));
  if (changed.length) {
    throw new StepError(`Step ${ctx.stepName}: a monitoring check does not take ${changed.join(", ")} (the SDK's MonitorBatchTransformStep fixes them); remove them from the check's options.`);
  }
  const before = props.monitorBeforeTransform ?? false;
  if (before && !BEFORE_OK.includes(String(check.CheckType))) {
    throw new StepError(`Step ${ctx.stepName}: monitorBeforeTransform needs a data quality or model explainability check (this one is ${String(check.CheckType)}); remove it, or check the data before the transform.`);
  }
  const display = (suffix: string) => (ctx.displayName !== undefined ? `${ctx.displayName}${suffix}` : undefined);
  const waitsFor = (name: string) => ({ DependsOn: [name] });
  return [
    { ...transform, DisplayName: display(TRANSFORM), ...(before ? waitsFor(check.Name) : {}) },
    { ...check, DisplayName: display(MONITORING), ...(before ? {} : waitsFor(transform.Name)) },
  ];
}

/** SDK `MonitorBatchTransformStep`: a batch transform and a check of its data or model. */
export function monitorBatchTransform<M extends MonitorCheck>(props: MonitorBatchTransformProps<M>): MonitorBatchTransformArgs<M> {
  const slot = new StepSlot(MONITORING, [TRANSFORM, MONITORING]);
  const transformProperties = propertyProxy<TransformStepArgs["properties"]>({ prefix: () => `Steps.${slot.name}${TRANSFORM}`, step: slot });
  return {
    properties: propertyProxy<M["properties"]>(slot.root()),
    transformProperties,
    outputPath: transformProperties.TransformOutput.S3OutputPath,
    [STEP_ARGS]: {
      kind: "MonitorBatchTransform",
      slot,
      inputs: () => [internals(props.transform).inputs(), internals(props.monitor).inputs()],
      render: (ctx, nested) => render(props, ctx, nested),
    },
  };
}
