// Training steps: `estimator({ role, image, instanceType, instanceCount, ... }).fit({ channel: input })`.
import { isJsonObject } from "../expressions.ts";
import { CannotImport } from "../import-scope.ts";
import type { JsonReader } from "../json-reader.ts";
import { spells, type StepImporter } from "../step-importer.ts";
import { call, literal, method, object } from "../ts-code.ts";
import { channelsCode, estimatorParts } from "./estimator-props.ts";
import { tagsCode } from "./job-settings.ts";
import { JOB_BASE_LENGTH, keptJobNameCode } from "./kept-job-name.ts";

const BY = "estimator().fit()";

/** JSON with object keys sorted, to compare values whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);
}

/**
 * The debugger and profiler options that give the job's DebugHookConfig and ProfilerConfig back:
 * both at the output path (the default), neither (disableDebugger), or the hook with the profiler
 * off (disableProfiler, as the SDK's repack jobs write it).
 */
function debuggerOptions(a: JsonReader, outputPath: unknown): "disableDebugger" | "disableProfiler" | undefined {
  const hook = a.take("DebugHookConfig");
  const profiler = a.take("ProfilerConfig");
  if (hook === undefined && profiler === undefined) return "disableDebugger";
  const same = (x: unknown, y: unknown) => canonical(x) === canonical(y);
  if (same(hook, { S3OutputPath: outputPath, CollectionConfigurations: [] })) {
    if (same(profiler, { S3OutputPath: outputPath, DisableProfiler: false })) return undefined;
    if (same(profiler, { DisableProfiler: true })) return "disableProfiler";
  }
  throw new CannotImport(a.at(hook === undefined ? "ProfilerConfig" : "DebugHookConfig"), `${BY} writes the debugger hook at the output path with the profiler there or off (disableProfiler: true), or neither (disableDebugger: true)`);
}

/** The job a model step with an entry point adds (`<model>-RepackModel[-i]`): the SDK's launcher packs the code into the model. */
function isRepackJob(name: string, a: JsonReader): boolean {
  const hyper = a.value.HyperParameters;
  return /-RepackModel(-\d+)?$/.test(name) && isJsonObject(hyper) && hyper.sagemaker_program === '"_repack_script_launcher.sh"';
}

const REPACK_NOTES = [
  "The SDK's repack job for a model's inference code, written as the training job it is: its code is the",
  "SDK's upload at sagemaker_submit_directory, where model({ entryPoint }) would pack and upload local code itself.",
];

export const trainingImporter: StepImporter = {
  write(step, scope) {
    const a = step.args;
    const parts = estimatorParts(a, scope, { by: BY, resources: "ResourceConfig", hyperparameters: "HyperParameters", fetchFrameworkOf: step.name });
    const debugging = debuggerOptions(a, parts.outputPath);
    const props = object([
      ...parts.entries,
      ...(["disableDebugger", "disableProfiler"] as const).map((o) => [o, o === debugging ? literal(true) : undefined] as const),
      ["metricDefinitions", parts.metrics],
      ["tags", a.has("Tags") ? tagsCode(a.list("Tags")!, a.at("Tags"), scope, BY) : undefined],
      ["baseJobName", keptJobNameCode(a, "TrainingJobName", scope, BY, "baseJobName", JOB_BASE_LENGTH)],
    ]);
    const channels = channelsCode(a, scope, BY);
    parts.done();
    a.done();
    const body = method(call(scope.use(parts.framework ? "frameworkEstimator" : "estimator"), [props]), "fit", channels ? [channels] : []);
    const notes = [
      ...(isRepackJob(step.name, a) ? REPACK_NOTES : []),
      ...(parts.framework ? ["The source folder is a copy of the bundle the definition names (--fetch-code); the build packs and uploads it again."] : []),
    ];
    return { decorator: "Training", body, ...(notes.length ? { notes } : {}) };
  },
  reference: (segments, stepCall) => (spells(segments, "ModelArtifacts.S3ModelArtifacts") ? `${stepCall}.modelArtifacts` : undefined),
};
