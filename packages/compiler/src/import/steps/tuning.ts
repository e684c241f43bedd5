// Tuning steps: `hyperparameterTuner({ estimator: estimator({...}), objectiveMetricName,
// hyperparameterRanges: { eta: continuous(0.01, 0.5), ... }, ... }).fit({ channel: input })`, and
// a tuner over several algorithms (`TrainingJobDefinitions`) as `multiAlgorithmTuner({ estimators:
// { name: { estimator, objectiveMetricName, hyperparameterRanges } }, ... }).fit({ name: {...} })`.
import { KEPT_NAME_LENGTH, pyStr } from "@sagepipe/core";
import { parseGet } from "@sagepipe/validate";
import { isJsonObject, valueCode } from "../expressions.ts";
import { CannotImport, type ImportScope } from "../import-scope.ts";
import { JsonReader } from "../json-reader.ts";
import type { StepImporter } from "../step-importer.ts";
import { array, call, literal, method, object, type Code } from "../ts-code.ts";
import { channelsCode, estimatorParts } from "./estimator-props.ts";
import { keptJobNameCode } from "./kept-job-name.ts";

const BY = "hyperparameterTuner().fit()";
const MULTI_BY = "multiAlgorithmTuner().fit()";

/** The three range lists in the order renderParameterRanges writes each kind. */
const RANGE_KINDS = [["ContinuousParameterRanges", "continuous"], ["CategoricalParameterRanges", "categorical"], ["IntegerParameterRanges", "integer"]] as const;

/** How much of a base tuning job name the tuner keeps (core's, which the build cuts to). */
const TUNING_BASE_LENGTH = KEPT_NAME_LENGTH.tuning;

/** A range bound: a number whose Python str() is the text, or a numeric parameter turned into text (a join of it alone). */
function boundCode(value: unknown, pointer: string, scope: ImportScope, by: string): Code {
  if (typeof value === "string") {
    const n = Number(value);
    if (value.trim() !== "" && Number.isFinite(n) && pyStr(n) === value) return literal(n);
  } else if (isJsonObject(value) && isJsonObject(value["Std:Join"])) {
    const join = value["Std:Join"];
    const only = join.On === "" && Array.isArray(join.Values) && join.Values.length === 1 ? join.Values[0] : undefined;
    const target = isJsonObject(only) && Object.keys(only).length === 1 && typeof only.Get === "string" ? parseGet(only.Get) : undefined;
    const type = target?.kind === "parameter" ? scope.parameter(target.name)?.type : undefined;
    if (type === "Integer" || type === "Float") return valueCode(only, scope, `${pointer}/Std:Join/Values/0`);
  }
  throw new CannotImport(pointer, `${by} writes a range bound as a number's text (Python's str()) or an Integer or Float parameter joined alone`);
}

/** `{ name: continuous(...) | categorical([...]) | integer(...) }` from ParameterRanges. */
function rangesCode(ranges: JsonReader, scope: ImportScope, by: string): Code {
  const entries: [string, Code][] = [];
  for (const [key, fn] of RANGE_KINDS) {
    const list = ranges.list(key);
    if (list === undefined) throw new CannotImport(ranges.at(key), `${by} always writes ${key} ([] when none)`);
    list.forEach((item, i) => {
      const r = JsonReader.of(item, `${ranges.at(key)}/${i}`, by);
      const name = r.text("Name");
      if (name === undefined || /^(0|[1-9]\d*)$/.test(name) || entries.some(([n]) => n === name)) {
        throw new CannotImport(r.at("Name"), `${by} takes each range's name once, as text that is not a number`);
      }
      if (fn === "categorical") {
        const values = r.list("Values");
        if (!values?.length || !values.every((v) => typeof v === "string")) throw new CannotImport(r.at("Values"), `${by} writes categorical values as a non-empty list of text`);
        entries.push([name, call(scope.use(fn), [array(values.map((v) => literal(v as string)))])]);
      } else {
        const scaling = r.text("ScalingType");
        if (scaling === undefined || !["Auto", "Linear", "Logarithmic", "ReverseLogarithmic"].includes(scaling)) {
          throw new CannotImport(r.at("ScalingType"), `${by} always writes ScalingType, one of Auto, Linear, Logarithmic, ReverseLogarithmic`);
        }
        const args = [boundCode(r.take("MinValue"), r.at("MinValue"), scope, by), boundCode(r.take("MaxValue"), r.at("MaxValue"), scope, by)];
        entries.push([name, call(scope.use(fn), scaling === "Auto" ? args : [...args, object([["scaling", literal(scaling)]])])]);
      }
      r.done();
    });
  }
  if (!entries.length) throw new CannotImport(ranges.pointer, `${by} needs at least one range to tune`);
  ranges.done();
  return object(entries);
}

/** The objective `{ Type, MetricName }`: [objectiveType, objectiveMetricName]. */
function objective(r: JsonReader, scope: ImportScope, by: string): [string, Code] {
  const type = r.text("Type");
  if (type !== "Maximize" && type !== "Minimize") throw new CannotImport(r.at("Type"), `${by} writes the objective's Type as Maximize or Minimize`);
  if (!r.has("MetricName")) throw new CannotImport(r.at("MetricName"), `${by} needs the objective's MetricName`);
  const metric = valueCode(r.take("MetricName"), scope, r.at("MetricName"));
  r.done();
  return [type, metric];
}

/** The tuning job's own settings (HyperParameterTuningJobConfig's strategy and limits, the warm start, the kept name). */
function jobSettings(a: JsonReader, config: JsonReader, scope: ImportScope, by: string): (readonly [string, Code | undefined])[] {
  const v = (r: JsonReader, key: string) => (r.has(key) ? valueCode(r.take(key), scope, r.at(key)) : undefined);
  const limits = config.object("ResourceLimits");
  const strategy = config.text("Strategy");
  const stopping = config.text("TrainingJobEarlyStoppingType");
  if (!limits || !limits.has("MaxNumberOfTrainingJobs") || !limits.has("MaxParallelTrainingJobs") || strategy === undefined || stopping === undefined) {
    throw new CannotImport(config.pointer, `${by} always writes Strategy, ResourceLimits (MaxNumberOfTrainingJobs, MaxParallelTrainingJobs) and TrainingJobEarlyStoppingType`);
  }
  if (!["Bayesian", "Random", "Hyperband", "Grid"].includes(strategy)) throw new CannotImport(config.at("Strategy"), `${by} writes Strategy as Bayesian, Random, Hyperband or Grid`);
  if (stopping !== "Off" && stopping !== "Auto") throw new CannotImport(config.at("TrainingJobEarlyStoppingType"), `${by} writes TrainingJobEarlyStoppingType as Off or Auto`);
  const seed = config.take("RandomSeed");
  if (seed !== undefined && typeof seed !== "number") throw new CannotImport(config.at("RandomSeed"), `${by} takes RandomSeed as a number`);
  const settings: (readonly [string, Code | undefined])[] = [
    ["maxJobs", v(limits, "MaxNumberOfTrainingJobs")],
    ["maxParallelJobs", v(limits, "MaxParallelTrainingJobs")],
    ["maxRuntimeInSeconds", v(limits, "MaxRuntimeInSeconds")],
    ["strategy", strategy === "Bayesian" ? undefined : literal(strategy)],
    ["earlyStoppingType", stopping === "Off" ? undefined : literal(stopping)],
    ["randomSeed", seed === undefined ? undefined : literal(seed)],
    ["warmStart", warmStartCode(a, scope, by)],
    ["baseTuningJobName", keptJobNameCode(a, "HyperParameterTuningJobName", scope, by, "baseTuningJobName", TUNING_BASE_LENGTH)],
  ];
  limits.done();
  return settings;
}

/** `warmStart: { type, parents }` from WarmStartConfig (1 to 5 parents, none twice). */
function warmStartCode(a: JsonReader, scope: ImportScope, by: string): Code | undefined {
  const w = a.object("WarmStartConfig");
  if (!w) return undefined;
  const type = w.text("WarmStartType");
  if (type !== "IdenticalDataAndAlgorithm" && type !== "TransferLearning") throw new CannotImport(w.at("WarmStartType"), `${by} writes WarmStartType as IdenticalDataAndAlgorithm or TransferLearning`);
  const parents = (w.list("ParentHyperParameterTuningJobs") ?? []).map((p, i) => {
    const r = JsonReader.of(p, `${w.at("ParentHyperParameterTuningJobs")}/${i}`, by);
    const name = r.take("HyperParameterTuningJobName");
    r.done();
    return name;
  });
  const texts = parents.filter((p) => typeof p === "string");
  if (parents.length < 1 || parents.length > 5 || new Set(texts).size !== texts.length) {
    throw new CannotImport(w.at("ParentHyperParameterTuningJobs"), `${by} writes 1 to 5 parent tuning jobs, each once`);
  }
  const code = object([
    ["type", literal(type)],
    ["parents", array(parents.map((p, i) => valueCode(p, scope, `${w.at("ParentHyperParameterTuningJobs")}/${i}/HyperParameterTuningJobName`)))],
  ]);
  w.done();
  return code;
}

/** `estimator({...})` and the channels of one TrainingJobDefinition. */
function definitionParts(d: JsonReader, scope: ImportScope, by: string) {
  const parts = estimatorParts(d, scope, { by, resources: "HyperParameterTuningResourceConfig", hyperparameters: "StaticHyperParameters" });
  const estimator = call(scope.use("estimator"), [object(parts.entries)]);
  const channels = channelsCode(d, scope, by);
  return { estimator, metrics: parts.metrics, channels, done: parts.done };
}

function singleTuner(a: JsonReader, config: JsonReader, scope: ImportScope): Code {
  const d = a.object("TrainingJobDefinition")!;
  const goal = config.object("HyperParameterTuningJobObjective");
  const ranges = config.object("ParameterRanges");
  if (!goal || !ranges) throw new CannotImport(config.pointer, `${BY} always writes HyperParameterTuningJobObjective and ParameterRanges`);
  const [type, metric] = objective(goal, scope, BY);
  const def = definitionParts(d, scope, BY);
  const props = object([
    ["estimator", def.estimator],
    ["objectiveMetricName", metric],
    ["objectiveType", type === "Maximize" ? undefined : literal(type)],
    ["hyperparameterRanges", rangesCode(ranges, scope, BY)],
    ["metricDefinitions", def.metrics],
    ...jobSettings(a, config, scope, BY),
  ]);
  def.done();
  d.done();
  return method(call(scope.use("hyperparameterTuner"), [props]), "fit", def.channels ? [def.channels] : []);
}

function multiTuner(a: JsonReader, config: JsonReader, scope: ImportScope): Code {
  const list = a.list("TrainingJobDefinitions")!;
  const types = new Set<string>();
  const names: string[] = [];
  const estimators: [string, Code][] = [];
  const fit: [string, Code][] = [];
  list.forEach((item, i) => {
    const d = JsonReader.of(item, `${a.at("TrainingJobDefinitions")}/${i}`, MULTI_BY);
    const name = d.text("DefinitionName");
    if (name === undefined || !/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}$/.test(name) || /^(0|[1-9]\d*)$/.test(name) || (names.length && names[names.length - 1]! >= name)) {
      throw new CannotImport(d.at("DefinitionName"), `${MULTI_BY} writes the definitions sorted by DefinitionName, each a distinct name of letters, digits and hyphens that is not a number`);
    }
    names.push(name);
    const goal = d.object("TuningObjective");
    const ranges = d.object("HyperParameterRanges");
    if (!goal || !ranges) throw new CannotImport(d.pointer, `${MULTI_BY} always writes each definition's TuningObjective and HyperParameterRanges`);
    const [type, metric] = objective(goal, scope, MULTI_BY);
    types.add(type);
    const def = definitionParts(d, scope, MULTI_BY);
    estimators.push([name, object([
      ["estimator", def.estimator],
      ["objectiveMetricName", metric],
      ["hyperparameterRanges", rangesCode(ranges, scope, MULTI_BY)],
      ["metricDefinitions", def.metrics],
    ])]);
    if (def.channels) fit.push([name, def.channels]);
    def.done();
    d.done();
  });
  if (!list.length) throw new CannotImport(a.at("TrainingJobDefinitions"), `${MULTI_BY} needs at least one definition`);
  if (types.size !== 1) throw new CannotImport(a.at("TrainingJobDefinitions"), `${MULTI_BY} writes one objective Type for every definition`);
  if (config.has("HyperParameterTuningJobObjective") || config.has("ParameterRanges")) {
    throw new CannotImport(config.pointer, `${MULTI_BY} writes the objective and ranges in each definition only`);
  }
  const [type] = [...types];
  const props = object([
    ["estimators", object(estimators)],
    ["objectiveType", type === "Maximize" ? undefined : literal(type!)],
    ...jobSettings(a, config, scope, MULTI_BY),
  ]);
  return method(call(scope.use("multiAlgorithmTuner"), [props]), "fit", fit.length ? [object(fit)] : []);
}

export const tuningImporter: StepImporter = {
  write(step, scope) {
    const a = step.args;
    const config = a.object("HyperParameterTuningJobConfig");
    if (!config) throw new CannotImport(a.at("HyperParameterTuningJobConfig"), `${BY} always writes HyperParameterTuningJobConfig`);
    const single = a.has("TrainingJobDefinition");
    if (single === a.has("TrainingJobDefinitions")) throw new CannotImport(a.pointer, `a tuner writes either TrainingJobDefinition (hyperparameterTuner) or TrainingJobDefinitions (multiAlgorithmTuner)`);
    const body = single ? singleTuner(a, config, scope) : multiTuner(a, config, scope);
    config.done();
    a.done();
    return { decorator: "Tuning", body };
  },
};
