// The class-level parts of an imported pipeline: parameters as typed fields, the experiment
// configuration, and the pipeline name and bucket that processing outputs' defaults reveal.
import { isJsonObject, valueCode } from "./expressions.ts";
import { CannotImport, withSelf, type ImportedParameter, type ImportScope } from "./import-scope.ts";
import { JsonReader } from "./json-reader.ts";
import { camelName, type NameSet } from "./names.ts";
import { call, literal, object, flat, type Code } from "./ts-code.ts";

const TYPES = ["String", "Integer", "Float", "Boolean"] as const;

/** The definition's parameters, with the field that declares each. */
export function importedParameters(list: unknown, names: NameSet): ImportedParameter[] {
  if (!Array.isArray(list)) return [];
  return list.map((p, i) => {
    const r = JsonReader.of(p, `/Parameters/${i}`, "param");
    const type = TYPES.find((t) => t === r.value.Type);
    if (!type || typeof r.value.Name !== "string") throw new CannotImport(r.pointer, "a parameter needs a Name and a Type (String, Integer, Float or Boolean)");
    return { name: r.value.Name, type, field: names.claim(camelName(r.value.Name, "param")) };
  });
}

/** `field = param.string("Name", default)` for one parameter. */
export function parameterField(p: ImportedParameter, json: unknown, index: number, scope: ImportScope): string {
  const r = JsonReader.of(json, `/Parameters/${index}`, "param");
  r.take("Name");
  r.take("Type");
  const dflt = r.take("DefaultValue");
  const values = r.list("EnumValues");
  r.done();
  const kind = p.type.toLowerCase();
  const args: Code[] = [literal(p.name)];
  if (values !== undefined) {
    if (p.type !== "String") throw new CannotImport(r.at("EnumValues"), "param takes allowed values for String parameters only");
    args.push(object([["default", dflt === undefined ? undefined : valueCode(dflt, scope, r.at("DefaultValue"))], ["enum", valueCode(values, scope, r.at("EnumValues"))]]));
  } else if (dflt !== undefined) {
    const want = p.type === "String" ? "string" : p.type === "Boolean" ? "boolean" : "number";
    if (typeof dflt !== want) throw new CannotImport(r.at("DefaultValue"), `a ${p.type} parameter's default must be a ${want}`);
    args.push(valueCode(dflt, scope, r.at("DefaultValue")));
  }
  return `${p.field} = ${flat(call(`${scope.use("param")}.${kind}`, args))};`;
}

/** Is the config the SDK's default: the pipeline's name and the execution's id? */
function isDefaultExperiment(c: { readonly [k: string]: unknown }): boolean {
  const get = (v: unknown) => (isJsonObject(v) && Object.keys(v).length === 1 ? v.Get : undefined);
  return Object.keys(c).length === 2 && get(c.ExperimentName) === "Execution.PipelineName" && get(c.TrialName) === "Execution.PipelineExecutionId";
}

/** The `experimentConfig` option: undefined for the default, `null` when off, else the names (a function of `self` when they read parameters). */
export function experimentConfigCode(definition: { readonly [k: string]: unknown }, className: string, scope: ImportScope): Code | undefined {
  const config = definition.PipelineExperimentConfig;
  if (config === null) return literal(null);
  if (config === undefined) throw new CannotImport("/PipelineExperimentConfig", "sagepipe always writes PipelineExperimentConfig (null when off)");
  if (isJsonObject(config) && isDefaultExperiment(config)) return undefined;
  const r = JsonReader.of(config, "/PipelineExperimentConfig", "experimentConfig");
  const self = withSelf(scope, "self");
  const names = object([
    ["experimentName", valueCode(r.take("ExperimentName"), self, r.at("ExperimentName"))],
    ["trialName", valueCode(r.take("TrialName"), self, r.at("TrialName"))],
  ]);
  r.done();
  const text = flat(names);
  if (!text.includes("self.")) return names;
  return { kind: "raw", text: `(self: ${className}) => (${text})` };
}

/** A code location sagepipe (and the SDK's PipelineSession) uploads to: s3://<bucket>/<pipeline>/code/<sha256>/... */
const CODE_URI = /^s3:\/\/([a-z0-9.-]+)\/([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/code\/[0-9a-f]{64}\//;

/** The pipeline name and bucket a definition reveals: in a processing output's default location, else in an uploaded code location. */
export function pipelineDefaults(definition: unknown): { readonly bucket: string; readonly pipelineName: string; readonly fromOutputs: boolean } | undefined {
  const fromOutputs = defaultsFromOutputs(definition);
  if (fromOutputs) return { ...fromOutputs, fromOutputs: true };
  const match = JSON.stringify(definition).match(/"s3:\/\/[^"]*/g)?.map((s) => CODE_URI.exec(s.slice(1))).find((m) => m);
  return match ? { bucket: match[1]!, pipelineName: match[2]!, fromOutputs: false } : undefined;
}

/** The pipeline name and bucket in a processing output's default location, when one has it. */
function defaultsFromOutputs(definition: unknown): { readonly bucket: string; readonly pipelineName: string } | undefined {
  let found: { bucket: string; pipelineName: string } | undefined;
  const visit = (v: unknown): void => {
    if (found || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) return v.forEach(visit);
    const join = (v as Record<string, unknown>)["Std:Join"];
    if (isJsonObject(join) && join.On === "/" && Array.isArray(join.Values) && join.Values.length === 7) {
      const [s3, bucket, pipelineName, id, , output] = join.Values as unknown[];
      if (s3 === "s3:/" && typeof bucket === "string" && typeof pipelineName === "string" && output === "output" && isJsonObject(id) && id.Get === "Execution.PipelineExecutionId") {
        found = { bucket, pipelineName };
        return;
      }
    }
    Object.values(v).forEach(visit);
  };
  visit(definition);
  return found;
}
