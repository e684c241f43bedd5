import type { Value } from "@sagepipe/expressions";
import { jobPrefix } from "../assets/code-upload.ts";
import { resolveImage } from "../images/image-ref.ts";
import { baseNameFromImage, keptJobName } from "./job-name.ts";
import { renderContainer, type ContainerForm } from "./model-container.ts";
import { renderModelPackageArguments, type RegisterOptions } from "./model-package.ts";
import type { ModelProps, ModelSource } from "./model.ts";
import { requireBucket, StepError, type RenderContext } from "./render-context.ts";
import { REPACK_DESCRIPTION, renderRepackArguments, repackedModelData } from "./repack-model.ts";
import type { RenderedStep } from "./step-args.ts";
import type { StepSlot } from "./step-slot.ts";

/**
 * Which SDK form a model step follows: `ModelStep` (steps `<name>-CreateModel` /
 * `<name>-RegisterModel`, repack steps `<name>-RepackModel-<n>`), the `RegisterModel` collection
 * (repack step `<name>-RepackModel`), or the tutorial's `CreateModelStep`.
 */
export type ModelStepForm = "model-step" | "collection" | "create-model";

/** The models a source deploys, in container order. */
export function membersOf(source: ModelSource): readonly ModelProps[] {
  return "models" in source ? source.models : [source];
}

/** A repack step and the model data its model serves afterwards. */
interface Repack {
  readonly step: RenderedStep & Record<string, unknown>;
  readonly modelData: Value<string>;
}

function repackProblems(m: ModelProps, form: ModelStepForm, pipelineModel: boolean): string[] {
  if (m.entryPoint === undefined) return m.sourceDir !== undefined || m.dependencies ? ["sourceDir and dependencies need an entryPoint (the inference script)"] : [];
  if (m.modelData === undefined) return [`entryPoint '${m.entryPoint}' needs modelData: the code is packed into the model's archive`];
  if (form === "create-model") return ["createModel() does not pack an entryPoint into the model; use @ModelStep with model({...}).create()"];
  if (form === "collection" && pipelineModel) return ["registerModel() packs an entryPoint only for a single model; use @ModelStep with pipelineModel({...}).register({...})"];
  return [];
}

/** The name suffix of model `i`'s repack step: `-RepackModel` (the RegisterModel collection) or `-RepackModel-<name or index>`. */
function repackSuffix(m: ModelProps, i: number, form: ModelStepForm): string {
  return form === "collection" ? "-RepackModel" : `-RepackModel-${m.name ?? i}`;
}

/**
 * The steps a model step renders, as suffixes of its name and in order (repacks, then `last`),
 * when it has repack steps; undefined when it renders one step. A depends-on on it lists them all.
 */
export function memberSuffixes(source: ModelSource, form: ModelStepForm, last: string): string[] | undefined {
  if (form === "create-model") return undefined;
  const repackList = membersOf(source).flatMap((m, i) => (m.entryPoint !== undefined && m.modelData !== undefined ? [repackSuffix(m, i, form)] : []));
  return repackList.length ? [...repackList, last] : undefined;
}

/** Where a model step's repack job writes: the SDK's `s3://<bucket>/<model name>` (or `<image name>-<stamp>`). */
function repackOutputPath(m: ModelProps, form: ModelStepForm, ctx: RenderContext): string {
  const bucket = requireBucket(ctx, "the repack step's output");
  if (form === "collection") return `s3://${bucket}/`;
  if (m.name !== undefined) return `s3://${bucket}/${m.name}`;
  return jobPrefix(bucket, baseNameFromImage(resolveImage(m.image, ctx), "model"), ctx);
}

/**
 * The repack steps of a source (one per model with an entry point), rendered before the model
 * step: they take the step's depends-on, not its display name, and the SDK's description.
 */
function repacks(source: ModelSource, form: ModelStepForm, ctx: RenderContext): (Repack | undefined)[] {
  const members = membersOf(source);
  const problems = members.flatMap((m, i) => repackProblems(m, form, "models" in source).map((p) => (members.length > 1 ? `models[${i}]: ${p}` : p)));
  if (problems.length) throw new StepError(`Step ${ctx.stepName}: ${problems.join("; ")}.`);
  return members.map((m, i) => {
    if (m.entryPoint === undefined || m.modelData === undefined) return undefined;
    const name = `${ctx.stepName}${repackSuffix(m, i, form)}`;
    const spec = {
      name,
      role: "models" in source ? source.role : m.role,
      modelData: m.modelData,
      entryPoint: m.entryPoint,
      outputPath: repackOutputPath(m, form, ctx),
      ...(m.sourceDir !== undefined ? { sourceDir: m.sourceDir } : {}),
      ...(m.dependencies ? { dependencies: m.dependencies } : {}),
    };
    const description = form === "model-step" ? REPACK_DESCRIPTION : undefined;
    // A rendered step's own keys (undefined ones too) replace the common options the evaluator adds.
    const step = { Name: name, Type: "Training" as const, Arguments: renderRepackArguments(spec, ctx), DisplayName: undefined, Description: description };
    return { step, modelData: repackedModelData(name) };
  });
}

/** Containers of the source, serving the repacked archives where there are any. */
function containers(source: ModelSource, form: Omit<ContainerForm, "modelDataUrl">, packed: readonly (Repack | undefined)[], ctx: RenderContext): object[] {
  return membersOf(source).map((m, i) => renderContainer(m, { ...form, modelDataUrl: packed[i]?.modelData ?? m.modelData }, ctx));
}

/** `ModelName`: the given name or the image's, only when the pipeline keeps job names. */
function modelName(source: ModelSource, ctx: RenderContext): string | undefined {
  if (!ctx.useCustomJobPrefix) return undefined;
  const first = membersOf(source)[0];
  return source.name ?? (first ? keptJobName(ctx, undefined, resolveImage(first.image, ctx), "Model") : undefined);
}

/** With repack steps, the model step itself waits for them through its data, not its depends-on (as in the SDK). */
function withRepacks(packed: readonly (Repack | undefined)[], step: RenderedStep): RenderedStep[] {
  const steps = packed.flatMap((r) => (r ? [r.step] : []));
  return steps.length ? [...steps, { ...step, DependsOn: undefined } as RenderedStep] : [step];
}

/** The steps of a model-create step: repacks, then `Type: "Model"` (CreateModel's request). */
export function renderCreateModel(form: ModelStepForm, source: ModelSource, slot: StepSlot, ctx: RenderContext): RenderedStep[] {
  const packed = repacks(source, form, ctx);
  const defs = containers(source, { environment: "always" }, packed, ctx);
  const args = "models" in source
    ? { ModelName: modelName(source, ctx), ExecutionRoleArn: source.role, Containers: defs }
    : { ModelName: modelName(source, ctx), ExecutionRoleArn: source.role, PrimaryContainer: defs[0] };
  return withRepacks(packed, { Name: ctx.stepName + slot.referenceSuffix, Type: "Model", Arguments: args });
}

/** The steps of a register step: repacks, then `Type: "RegisterModel"` (CreateModelPackage's request). */
export function renderRegisterModel(form: ModelStepForm, source: ModelSource, opts: RegisterOptions, slot: StepSlot, ctx: RenderContext): RenderedStep[] {
  const packed = repacks(source, form, ctx);
  // The collection's estimator form writes bare {Image, ModelDataUrl} containers; models write Environment.
  const environment = form === "collection" && !("models" in source) ? "never" : "always";
  const defs = containers(source, { environment, framework: opts }, packed, ctx);
  return withRepacks(packed, { Name: ctx.stepName + slot.referenceSuffix, Type: "RegisterModel", Arguments: renderModelPackageArguments(opts, defs) });
}
