import { createdAtOf, ExecutionVariables, renderValue, type CreatedAt, type Json, type ParameterNode } from "@sagepipe/expressions";
import { AssetCollector, type Asset } from "../assets/asset-collector.ts";
import type { LambdaFunctionAsset } from "../assets/lambda-function-asset.ts";
import type { ExperimentConfig, PipelineOptions } from "../metadata/pipeline-metadata.ts";
import { placeError, StepError, type RenderContext } from "../steps/render-context.ts";
import { internals, type StepArgs, type StepType } from "../steps/step-args.ts";
import { retryPoliciesFor } from "../steps/model-step-retry.ts";
import { renderRetryPolicies } from "../steps/retry-policy.ts";
import { renderCacheConfig } from "../steps/step-options.ts";
import { collectPipeline, type CollectedPipeline, type StepRecord } from "./collect.ts";
import { evaluatedEdges, type Edge } from "./edges.ts";

/** A pipeline class evaluated into its definition. */
export interface EvaluatedPipeline {
  readonly name: string;
  readonly className: string;
  /** The definition, keys in the SDK's order. */
  readonly definition: { [key: string]: Json };
  readonly assets: readonly Asset[];
  /** Lambda functions the pipeline defines, for deploy to create or update. */
  readonly lambdaFunctions: readonly LambdaFunctionAsset[];
  /** Edges seen at evaluation, by method name (compared with the static graph by the compiler). */
  readonly edges: readonly Edge[];
  /** Every step of the definition (those in branches and those a step expands to included): its name, method and where it was made. */
  readonly steps: readonly EmittedStepOrigin[];
  /** Every parameter of the definition and where it was declared. */
  readonly parameters: readonly { readonly name: string; readonly createdAt?: CreatedAt }[];
  readonly options: PipelineOptions;
}

/** Which step method made a step of the definition, and where (step identity as data). */
export interface EmittedStepOrigin {
  /** The step's `Name` in the definition. */
  readonly name: string;
  readonly method: string;
  /** Where the step was made (e.g. the `p.run(...)` call). */
  readonly createdAt: CreatedAt;
}

/** How to evaluate. */
export interface EvaluateOptions {
  /** Folder relative code paths are read from. */
  readonly sourceDir: string;
  /** Per step method, when steps are declared in other files (base classes): the folder of the declaring file. */
  readonly sourceDirOf?: (method: string) => string | undefined;
}

function renderParameter(p: ParameterNode): Json {
  const out: { [k: string]: Json } = { Name: p.name, Type: p.type };
  if (p.defaultValue !== undefined) out.DefaultValue = p.defaultValue;
  if (p.enumValues !== undefined) out.EnumValues = [...p.enumValues];
  return out;
}

function renderExperimentConfig(c: ExperimentConfig | null | undefined): Json {
  if (c === null) return null;
  const config = c ?? { experimentName: ExecutionVariables.PipelineName, trialName: ExecutionVariables.PipelineExecutionId };
  return renderValue({ ExperimentName: config.experimentName, TrialName: config.trialName });
}

/** Puts the common step options in the SDK's place: after Arguments, before kind-specific keys. */
function withOptions(step: Record<string, unknown>, record: StepRecord): Record<string, unknown> {
  const { Name, Type, Arguments, ...rest } = step;
  const o = record.meta.options;
  const dependsOn = record.dependsOn.flatMap((d) => d.slot.dependsOnNames);
  const retry = o.retry ? retryPoliciesFor(o.retry, Type as StepType) : undefined;
  return {
    Name, Type, Arguments,
    DependsOn: dependsOn.length ? dependsOn : undefined,
    DisplayName: o.displayName,
    Description: o.description,
    RetryPolicies: retry ? renderRetryPolicies(retry, record.slot.name) : undefined,
    CacheConfig: o.cache ? renderCacheConfig(o.cache) : undefined,
    ...rest,
  };
}

function renderSteps(p: CollectedPipeline, ctxFor: (record: StepRecord) => RenderContext, records: readonly StepRecord[], origins: EmittedStepOrigin[]): Json[] {
  const renderOne = (args: StepArgs): Json[] => {
    const record = p.bySlot.get(internals(args).slot);
    if (!record) throw new StepError("A condition branch lists a step that no step method returned. Call the step's method, e.g. ifSteps: [this.register()].", { at: internals(args).slot.createdAt });
    try {
      const rendered = internals(args).render(ctxFor(record), renderOne);
      for (const s of rendered) origins.push({ name: s.Name, method: record.meta.method, createdAt: record.slot.createdAt });
      return rendered.map((s) => renderValue(withOptions({ ...s }, record)));
    } catch (e) {
      // A step error that does not say which step (a file helper's) is given the step's name.
      if (e instanceof StepError && !e.message.startsWith("Step ")) e.message = `Step ${record.slot.name}: ${e.message}`;
      placeError(e, { method: record.meta.method, at: record.slot.createdAt });
      throw e;
    }
  };
  return records.flatMap((r) => renderOne(r.args));
}

/** Evaluates an instance of a `@Pipeline` class into its definition and assets. */
export function evaluatePipeline(cls: new () => object, options: EvaluateOptions): EvaluatedPipeline {
  const p = collectPipeline(cls);
  const assets = new AssetCollector();
  const edges = evaluatedEdges(p);
  const nested = new Set(edges.filter((e) => e.kind === "branch").map((e) => e.to));
  // The user's order: step methods as declared (the SDK keeps its `steps=[...]` list order and
  // does not sort topologically). Steps listed in a condition branch are rendered inside it.
  const topLevel = p.steps.filter((s) => !nested.has(s.meta.method));
  const base = {
    pipelineName: p.options.name,
    region: p.options.region,
    bucket: p.options.bucket,
    sourceDir: options.sourceDir,
    assets,
    useCustomJobPrefix: p.options.definitionConfig?.useCustomJobPrefix ?? false,
    codeLocation: p.options.codeLocation ?? "pipeline",
  };
  const origins: EmittedStepOrigin[] = [];
  const steps = renderSteps(p, (record) => ({ ...base, stepName: record.slot.name, displayName: record.meta.options.displayName, sourceDir: options.sourceDirOf?.(record.meta.method) ?? options.sourceDir }), topLevel, origins);
  const definition: { [key: string]: Json } = {
    Version: "2020-12-01",
    Metadata: structuredClone(p.options.metadata ?? {}) as { [key: string]: Json },
    Parameters: p.parameters.map(renderParameter),
    PipelineExperimentConfig: renderExperimentConfig(p.experimentConfig),
    Steps: steps,
  };
  const parameters = p.parameters.map((n) => ({ name: n.name, createdAt: createdAtOf(n) }));
  return { name: p.options.name, className: p.className, definition, assets: assets.list(), lambdaFunctions: assets.functions(), edges, steps: origins, parameters, options: p.options };
}
