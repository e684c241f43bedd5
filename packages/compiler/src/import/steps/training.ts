// Training steps: `estimator({ role, image, instanceType, instanceCount, ... }).fit({ channel: input })`.
import { CannotImport } from "../import-scope.ts";
import type { JsonReader } from "../json-reader.ts";
import { spells, type StepImporter } from "../step-importer.ts";
import { call, literal, method, object } from "../ts-code.ts";
import { channelsCode, estimatorParts } from "./estimator-props.ts";
import { tagsCode } from "./job-settings.ts";
import { isNotebookJob, JOB_BASE_LENGTH, keptJobNameCode } from "./kept-job-name.ts";

const BY = "estimator().fit()";

/** JSON with object keys sorted, to compare values whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);
}

/** The debugger and profiler settings estimator() writes unless disableDebugger: true (undefined when they are those). */
function debuggerDisabled(a: JsonReader, outputPath: unknown): boolean {
  const hook = a.take("DebugHookConfig");
  const profiler = a.take("ProfilerConfig");
  if (hook === undefined && profiler === undefined) return true;
  const same = (x: unknown, y: unknown) => canonical(x) === canonical(y);
  if (same(hook, { S3OutputPath: outputPath, CollectionConfigurations: [] }) && same(profiler, { S3OutputPath: outputPath, DisableProfiler: false })) return false;
  throw new CannotImport(a.at(hook === undefined ? "ProfilerConfig" : "DebugHookConfig"), `${BY} writes the debugger hook and profiler at the output path, or neither (disableDebugger: true)`);
}

export const trainingImporter: StepImporter = {
  write(step, scope) {
    const a = step.args;
    if (isNotebookJob(a.value)) throw new CannotImport(a.at("AlgorithmSpecification"), "a notebook job (run by amazon_sagemaker_scheduler, which notebookJob() writes): the importer does not yet map it back onto notebookJob()");
    const parts = estimatorParts(a, scope, { by: BY, resources: "ResourceConfig", hyperparameters: "HyperParameters" });
    const props = object([
      ...parts.entries,
      ["disableDebugger", debuggerDisabled(a, parts.outputPath) ? literal(true) : undefined],
      ["metricDefinitions", parts.metrics],
      ["tags", a.has("Tags") ? tagsCode(a.list("Tags")!, a.at("Tags"), scope, BY) : undefined],
      ["baseJobName", keptJobNameCode(a, "TrainingJobName", scope, "baseJobName", JOB_BASE_LENGTH)],
    ]);
    const channels = channelsCode(a, scope, BY);
    parts.done();
    a.done();
    return { decorator: "Training", body: method(call(scope.use("estimator"), [props]), "fit", channels ? [channels] : []) };
  },
  reference: (segments, stepCall) => (spells(segments, "ModelArtifacts.S3ModelArtifacts") ? `${stepCall}.modelArtifacts` : undefined),
};
