// SDK v2.257.6 `EstimatorTransformer` (sagemaker/workflow/step_collections.py:329-493): a model
// made from an estimator's (or any model's) artifacts, then a batch transform with it. Its
// members, in the SDK's order: `<name>RepackModel` (only with an entryPoint: packs the inference
// code into the archive), `<name>CreateModelStep` (CreateModelStep), `<name>TransformStep`
// (TransformStep). The collection's depends-on goes to its first member; its display name and
// description to every member; references to the collection read its last member.
import type { DescribeModelOutput, DescribeTransformJobResponse } from "../aws-types/sagemaker.ts";
import { propertyProxy, type PipelineVariable, type Properties, type PropertyRoot, type Value } from "@sagepipe/expressions";
import type { Image } from "../images/image-ref.ts";
import type { ModelProps } from "./model.ts";
import { renderCreateModel } from "./model-parts.ts";
import { requireBucket, type RenderContext } from "./render-context.ts";
import { renderRepackArguments, repackedModelData } from "./repack-model.ts";
import { STEP_ARGS, type RenderedStep, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";
import type { EstimatorProps } from "./training.ts";
import { renderTransformArguments, type TransformArgs, type TransformerProps } from "./transform.ts";

/**
 * The model the collection creates: from an estimator (SDK `estimator`, `model_data`,
 * `image_uri`: the estimator's training image and role unless `image` is given), or any model's
 * props. With `entryPoint`, a `<name>RepackModel` step packs the code into the archive first.
 */
export type EstimatorTransformerModel =
  | { readonly model: ModelProps }
  | ({ readonly estimator: { readonly props: Pick<EstimatorProps, "image" | "role"> }; readonly modelData: Value<string>; readonly image?: Image }
    & Pick<ModelProps, "entryPoint" | "sourceDir" | "dependencies" | "name">);

/** What `estimatorTransformer()` takes. */
export type EstimatorTransformerProps = EstimatorTransformerModel & {
  /** The transformer, without `modelName` (the created model's). `baseJobName` defaults to the step name, as in the SDK. */
  readonly transformer: Omit<TransformerProps, "modelName">;
  /** What to transform (SDK `transform_inputs`, a `TransformInput`). */
  readonly transformInputs: TransformArgs;
};

/** The collection; `properties` are its transform step's (the SDK's `steps[-1].properties`). */
export interface EstimatorTransformerArgs extends StepArgs<"EstimatorTransformer"> {
  readonly properties: Properties<DescribeTransformJobResponse>;
  /** `Steps.<name>TransformStep.TransformOutput.S3OutputPath` */
  readonly outputPath: PipelineVariable<string>;
  /** The `<name>CreateModelStep` member's properties (`modelProperties.ModelName`). */
  readonly modelProperties: Properties<DescribeModelOutput>;
}

const REPACK = "RepackModel";
const CREATE = "CreateModelStep";
const TRANSFORM = "TransformStep";

/** A property root for one member of the collection (`Steps.<name><suffix>`). */
function memberRoot(slot: StepSlot, suffix: string): PropertyRoot {
  return { prefix: () => `Steps.${slot.name}${suffix}`, step: slot };
}

/** The model's props: the given ones, or the estimator's image and role with the model data (step_collections.py:440-452). */
function modelPropsOf(p: EstimatorTransformerModel): ModelProps {
  if ("model" in p) return p.model;
  const { estimator, image, modelData, entryPoint, sourceDir, dependencies, name } = p;
  return { image: image ?? estimator.props.image, role: estimator.props.role, modelData, entryPoint, sourceDir, dependencies, name };
}

function render(model: ModelProps, props: EstimatorTransformerProps, modelName: PipelineVariable<string>, ctx: RenderContext): RenderedStep[] {
  const { entryPoint, sourceDir, dependencies, ...plain } = model;
  const steps: (RenderedStep & Record<string, unknown>)[] = [];
  let modelData = model.modelData;
  if (entryPoint !== undefined && modelData !== undefined) {
    const name = `${ctx.stepName}${REPACK}`;
    const spec = { name, role: model.role, modelData, entryPoint, outputPath: `s3://${requireBucket(ctx, "the repack step's output")}/`, ...(sourceDir !== undefined ? { sourceDir } : {}), ...(dependencies ? { dependencies } : {}) };
    steps.push({ Name: name, Type: "Training", Arguments: renderRepackArguments(spec, ctx) });
    modelData = repackedModelData(name);
  }
  // The model step takes the collection's depends-on only when it comes first (step_collections.py:461-463).
  const created = renderCreateModel("create-model", { ...plain, ...(modelData !== undefined ? { modelData } : {}) }, new StepSlot(), { ...ctx, stepName: `${ctx.stepName}${CREATE}` });
  steps.push(...created.map((s): RenderedStep & Record<string, unknown> => (steps.length ? { ...s, DependsOn: undefined } : { ...s })));
  const transformer = { baseJobName: ctx.stepName, ...props.transformer, modelName };
  steps.push({ Name: `${ctx.stepName}${TRANSFORM}`, Type: "Transform", Arguments: renderTransformArguments(transformer, props.transformInputs, ctx), DependsOn: undefined });
  return steps;
}

/** SDK `EstimatorTransformer`: creates a model and runs a batch transform with it. */
export function estimatorTransformer(props: EstimatorTransformerProps): EstimatorTransformerArgs {
  const model = modelPropsOf(props);
  const repacks = model.entryPoint !== undefined;
  const slot = new StepSlot(TRANSFORM, [...(repacks ? [REPACK] : []), CREATE, TRANSFORM]);
  const properties = propertyProxy<Properties<DescribeTransformJobResponse>>(slot.root());
  const modelProperties = propertyProxy<Properties<DescribeModelOutput>>(memberRoot(slot, CREATE));
  return {
    properties,
    outputPath: properties.TransformOutput.S3OutputPath,
    modelProperties,
    [STEP_ARGS]: {
      kind: "EstimatorTransformer",
      slot,
      inputs: () => props,
      render: (ctx) => render(model, props, modelProperties.ModelName, ctx),
    },
  };
}
