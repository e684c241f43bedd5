// QualityCheck steps: `checkJob({ role, instanceType, ... }).dataQuality({...})` (or
// `.modelQuality({...})`), the Model Monitor analyzer's processing job as core's helper builds
// it. The check job is a module constant, shared by the checks that run the same one.
import { modelMonitorImageUri } from "@sagepipe/core";
import { valueCode } from "../expressions.ts";
import { CannotImport, type ImportScope } from "../import-scope.ts";
import { JsonReader } from "../json-reader.ts";
import type { StepImporter, StepInput } from "../step-importer.ts";
import { call, literal, object, type Code } from "../ts-code.ts";
import { checkKeysCode, checkJobCode, regionOfImage } from "./check-job.ts";
import { isDefaultDestination } from "./processing.ts";

const BY = "checkJob().dataQuality()";
const BASE = "/opt/ml/processing";
const OUTPUT = `${BASE}/output`;
const DATASET = "baseline_dataset_input";
const SCRIPTS = { record_preprocessor_script: "record_preprocessor_script_input", post_analytics_processor_script: "post_analytics_processor_script_input" } as const;
/** Environment keys the helper writes itself; any other is the check job's `env`. */
const OWN_ENV = new Set(["output_path", "publish_cloudwatch_metrics", "dataset_format", "dataset_source", ...Object.keys(SCRIPTS), "analysis_type", "problem_type", "inference_attribute", "probability_attribute", "ground_truth_attribute", "probability_threshold_attribute"]);

/** `datasetFormat.csv({...})` (or json, parquet) from the `dataset_format` text the helper writes with Python's json.dumps. */
function datasetFormatCode(text: unknown, pointer: string, scope: ImportScope): Code {
  const fail = () => new CannotImport(pointer, `${BY} writes dataset_format as datasetFormat.csv(), .json() or .parquet() give it, not ${JSON.stringify(text)}`);
  if (typeof text !== "string") throw fail();
  const fmt = scope.use("datasetFormat");
  for (const header of [true, false]) {
    for (const position of ["START", "END"]) {
      if (text !== `{"csv": {"header": ${header}, "output_columns_position": "${position}"}}`) continue;
      return call(`${fmt}.csv`, [object([["header", header ? undefined : literal(false)], ["outputColumnsPosition", position === "START" ? undefined : literal(position)]])].filter((o) => o.kind !== "object" || o.entries.length));
    }
  }
  if (text === `{"json": {"lines": true}}`) return call(`${fmt}.json`, []);
  if (text === `{"json": {"lines": false}}`) return call(`${fmt}.json`, [object([["lines", literal(false)]])]);
  if (text === `{"parquet": {}}`) return call(`${fmt}.parquet`, []);
  throw fail();
}

/** One processing input the helper writes: its name, container path and default settings. */
function input(list: readonly unknown[], i: number, pointer: string, name: string): unknown {
  const r = JsonReader.of(list[i], `${pointer}/${i}`, BY);
  const fail = (why: string) => new CannotImport(r.pointer, `${BY} writes input ${i + 1} as ${name}: ${why}`);
  if (r.text("InputName") !== name) throw fail("another name");
  r.expect("AppManaged", false);
  const s3 = r.object("S3Input");
  r.done();
  if (!s3) throw fail("no S3Input");
  const uri = s3.take("S3Uri");
  if (s3.text("LocalPath") !== `${BASE}/input/${name}`) throw fail(`LocalPath is ${BASE}/input/${name}`);
  for (const [k, v] of [["S3DataType", "S3Prefix"], ["S3InputMode", "File"], ["S3DataDistributionType", "FullyReplicated"], ["S3CompressionType", "None"]]) s3.expect(k!, v);
  s3.done();
  return uri;
}

function writeQualityCheck(step: StepInput, scope: ImportScope, fetched: Map<string, string>): Code {
  const a = step.args;
  const e = step.envelope;
  const checkType = e.text("CheckType");
  if (checkType !== "DATA_QUALITY" && checkType !== "MODEL_QUALITY") throw new CannotImport(e.at("CheckType"), `${BY} writes CheckType DATA_QUALITY or MODEL_QUALITY`);
  const model = checkType === "MODEL_QUALITY";
  const app = a.object("AppSpecification");
  const image = app?.text("ImageUri");
  app?.done();
  const region = image === undefined ? undefined : regionOfImage(image, modelMonitorImageUri);
  if (region === undefined) throw new CannotImport(a.at("AppSpecification"), `${BY} runs the Model Monitor analyzer image of the pipeline's region`);
  scope.useRegion(region, a.at("AppSpecification"));

  const env = a.object("Environment");
  if (!env) throw new CannotImport(a.at("Environment"), `${BY} always writes Environment`);
  env.expect("output_path", OUTPUT);
  env.expect("publish_cloudwatch_metrics", "Disabled");
  env.expect("dataset_source", `${BASE}/input/${DATASET}`);
  if (model) env.expect("analysis_type", "MODEL_QUALITY");
  const format = datasetFormatCode(env.take("dataset_format"), env.at("dataset_format"), scope);

  const inputs = a.list("ProcessingInputs") ?? [];
  const inputsAt = a.at("ProcessingInputs");
  const dataset = inputs.length ? input(inputs, 0, inputsAt, DATASET) : undefined;
  if (dataset === undefined) throw new CannotImport(inputsAt, `${BY} writes the baseline dataset as the first input`);
  // The scripts' inputs follow the dataset's: the post-analytics script's first, then the record preprocessor's.
  const scripts: [string, Code][] = [];
  let next = 1;
  for (const [key, option] of [["post_analytics_processor_script", "postAnalyticsProcessorScript"], ["record_preprocessor_script", "recordPreprocessorScript"]] as const) {
    if (!env.has(key)) continue;
    if (model && key === "record_preprocessor_script") throw new CannotImport(env.at(key), "checkJob().modelQuality() takes no record preprocessor script");
    const name = SCRIPTS[key];
    const uri = inputs.length > next ? input(inputs, next++, inputsAt, name) : undefined;
    const path = env.text(key);
    if (typeof uri !== "string" || !uri.startsWith("s3://") || path !== `${BASE}/input/${name}/${uri.slice(uri.lastIndexOf("/") + 1)}`) {
      throw new CannotImport(env.at(key), `${BY} writes a script as an input named ${name} (an s3:// URI) and its path in the container`);
    }
    scripts.push([option, literal(localScript(uri, step.name, fetched, scope))]);
  }
  if (inputs.length !== next) throw new CannotImport(`${inputsAt}/${next}`, `${BY} writes no other inputs`);

  const out = a.object("ProcessingOutputConfig");
  const outputs = out?.list("Outputs");
  if (!out || outputs?.length !== 1) throw new CannotImport(a.at("ProcessingOutputConfig"), `${BY} writes one output, quality_check_output`);
  const o = JsonReader.of(outputs[0], `${out.at("Outputs")}/0`, BY);
  o.expect("OutputName", "quality_check_output");
  o.expect("AppManaged", false);
  const s3 = o.object("S3Output");
  o.done();
  if (!s3) throw new CannotImport(o.at("S3Output"), `${BY} writes an S3 output`);
  const uri = s3.take("S3Uri");
  s3.expect("LocalPath", OUTPUT);
  s3.expect("S3UploadMode", "EndOfJob");
  s3.done();

  const modelEnv = (key: string) => (env.has(key) ? literal(env.text(key)!) : undefined);
  const config = object([
    ["baselineDataset", valueCode(dataset, scope, `${inputsAt}/0/S3Input/S3Uri`)],
    ["datasetFormat", format],
    ["outputS3Uri", isDefaultDestination(uri, "quality_check_output", step.name, scope) ? undefined : valueCode(uri, scope, s3.at("S3Uri"))],
    ...scripts,
    ["problemType", model ? (env.has("problem_type") ? valueCode(env.take("problem_type"), scope, env.at("problem_type")) : undefined) : undefined],
    ["inferenceAttribute", model ? modelEnv("inference_attribute") : undefined],
    ["probabilityAttribute", model ? modelEnv("probability_attribute") : undefined],
    ["groundTruthAttribute", model ? modelEnv("ground_truth_attribute") : undefined],
    ["probabilityThresholdAttribute", model ? modelEnv("probability_threshold_attribute") : undefined],
    ...checkKeysCode(e, scope, true, BY),
  ]);
  if (model && !(config.kind === "object" && config.entries.some(([k]) => k === "problemType"))) throw new CannotImport(env.at("problem_type"), "checkJob().modelQuality() needs problem_type");
  const jobEnv = Object.keys(env.value).filter((k) => !OWN_ENV.has(k));
  const job = checkJobCode(a, out, scope, BY, jobEnv.length ? object(jobEnv.map((k) => [k, valueCode(env.take(k), scope, env.at(k))])) : undefined);
  env.done();
  out.done();
  a.done();
  return call(`${job}.${model ? "modelQuality" : "dataQuality"}`, [config]);
}

/**
 * A script's S3 URI, or with --fetch-code the local copy the build uploads again (`<dir>/<method>/<file>`;
 * the container path keeps the file's name). `fetched`: file names this step fetched, by URI.
 * A second script of the same file name from another object stays an S3 URI (one folder per step).
 */
function localScript(uri: string, stepName: string, fetched: Map<string, string>, scope: ImportScope): string {
  const file = uri.slice(uri.lastIndexOf("/") + 1);
  if (!scope.fetchCode || !/^s3:\/\/[^/]+\/./.test(uri) || file === "" || file === "." || file === "..") return uri;
  const known = fetched.get(uri);
  if (known !== undefined) return known;
  if ([...fetched.keys()].some((u) => u.slice(u.lastIndexOf("/") + 1) === file)) return uri;
  const path = scope.fetchCode(uri, stepName, file, false);
  fetched.set(uri, path);
  return path;
}

export const qualityCheckImporter: StepImporter = {
  write(step, scope) {
    const fetched = new Map<string, string>();
    const body = writeQualityCheck(step, scope, fetched);
    const notes = [...fetched.keys()].map((uri) => `${fetched.get(uri)} is a copy of ${uri} (--fetch-code); the build uploads it to a content-hashed location.`);
    return { decorator: "QualityCheck", body, ...(notes.length ? { notes } : {}) };
  },
};

