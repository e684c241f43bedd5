// RegisterModel steps, named `<X>-RegisterModel`: the SDK's ModelStep form (containers with
// Environment) as `model({...}).register({...})` or `pipelineModel({ models }).register({...})`,
// the RegisterModel collection (one bare container) as `registerModel({...})`.
import { valueCode } from "../expressions.ts";
import { CannotImport, type ImportScope } from "../import-scope.ts";
import { JsonReader } from "../json-reader.ts";
import type { StepImporter } from "../step-importer.ts";
import { array, call, literal, method, object, raw, type Code } from "../ts-code.ts";
import { bestModelCode } from "./best-model.ts";

const SUFFIX = "-RegisterModel";
const BY = "model().register()";

type Groups = Readonly<Record<string, Readonly<Record<string, string>>>>;
/** ModelMetrics' groups and members -> the option that fills each. */
const METRICS: Groups = {
  ModelQuality: { Statistics: "modelStatistics", Constraints: "modelConstraints" },
  ModelDataQuality: { Statistics: "modelDataStatistics", Constraints: "modelDataConstraints" },
  Bias: { Report: "biasConstraints", PreTrainingReport: "biasPreTrainingConstraints", PostTrainingReport: "biasPostTrainingConstraints" },
  Explainability: { Report: "explainabilityConstraints" },
};
/** DriftCheckBaselines' groups and members -> the option that fills each. */
const DRIFT: Groups = {
  ModelQuality: { Statistics: "modelStatistics", Constraints: "modelConstraints" },
  ModelDataQuality: { Statistics: "modelDataStatistics", Constraints: "modelDataConstraints" },
  Bias: { ConfigFile: "biasConfigFile", PreTrainingConstraints: "biasPreTrainingConstraints", PostTrainingConstraints: "biasPostTrainingConstraints" },
  Explainability: { Constraints: "explainabilityConstraints", ConfigFile: "explainabilityConfigFile" },
};

function sourceCode(r: JsonReader, scope: ImportScope, needsType: boolean): Code {
  if (needsType && !r.has("ContentType")) throw new CannotImport(r.at("ContentType"), `${BY} needs each metrics file's ContentType`);
  const v = (key: string) => (r.has(key) ? valueCode(r.take(key), scope, r.at(key)) : undefined);
  const code = object([["s3Uri", v("S3Uri")], ["contentType", v("ContentType")], ["contentDigest", v("ContentDigest")]]);
  r.done();
  return code;
}

/** `modelMetrics` / `driftCheckBaselines`; `always` are the groups the helper writes even when empty. */
function groupsCode(r: JsonReader, groups: Groups, always: readonly string[], scope: ImportScope): Code {
  const entries: [string, Code][] = [];
  for (const [group, members] of Object.entries(groups)) {
    const g = r.object(group);
    if (!g) {
      if (always.includes(group)) throw new CannotImport(r.at(group), `${BY} always writes ${group} ({} when empty)`);
      continue;
    }
    if (!Object.keys(g.value).length && !always.includes(group)) throw new CannotImport(g.pointer, `${BY} writes no empty ${group}`);
    for (const [member, option] of Object.entries(members)) {
      const m = g.object(member);
      if (m) entries.push([option, sourceCode(m, scope, !member.startsWith("ConfigFile"))]);
    }
    g.done();
  }
  r.done();
  return object(entries);
}

/** The container keys register()'s framework options write, the same in every container. */
const FRAMEWORK_KEYS = [["Framework", "framework"], ["FrameworkVersion", "frameworkVersion"], ["NearestModelName", "nearestModelName"]] as const;

function containerCode(c: unknown, pointer: string, scope: ImportScope, role: Code, allowBest: boolean): { code: Code; bare: boolean; framework: string; best?: Code } {
  const r = JsonReader.of(c, pointer, BY);
  const best = allowBest ? bestModelCode(r, role, scope) : undefined;
  if (best) return { code: best, bare: false, framework: JSON.stringify(FRAMEWORK_KEYS.map(() => null)), best };
  const framework = JSON.stringify(FRAMEWORK_KEYS.map(([key]) => r.take(key) ?? null));
  const env = r.take("Environment");
  const image = r.value.Image;
  const code = object([
    ["image", typeof image === "string" ? raw(scope.constant("image", literal(r.take("Image") as string))) : r.has("Image") ? valueCode(r.take("Image"), scope, r.at("Image")) : undefined],
    ["modelData", r.has("ModelDataUrl") ? valueCode(r.take("ModelDataUrl"), scope, r.at("ModelDataUrl")) : undefined],
    ["role", role],
    ["env", env !== undefined && typeof env === "object" && env !== null && Object.keys(env).length ? valueCode(env, scope, r.at("Environment")) : undefined],
  ]);
  r.done();
  return { code, bare: env === undefined, framework };
}

export const registerModelImporter: StepImporter = {
  decoratedName: (name) => (name.endsWith(SUFFIX) && name.length > SUFFIX.length ? name.slice(0, -SUFFIX.length) : name),
  write(step, scope) {
    if (!step.name.endsWith(SUFFIX) || step.name.length === SUFFIX.length) throw new CannotImport(`${step.pointer}/Name`, `sagepipe names register steps <name>${SUFFIX}`);
    const a = step.args;
    const v = (r: JsonReader, key: string) => (r.has(key) ? valueCode(r.take(key), scope, r.at(key)) : undefined);
    const withDefault = (key: string, dflt: string) => {
      const value = a.take(key);
      if (value === undefined) throw new CannotImport(a.at(key), `${BY} always writes ${key} (${dflt} by default)`);
      return value === dflt ? undefined : valueCode(value, scope, a.at(key));
    };
    const spec = a.object("InferenceSpecification");
    const list = spec?.list("Containers");
    if (!spec || !list?.length) throw new CannotImport(a.at("InferenceSpecification"), `${BY} needs InferenceSpecification.Containers`);
    const role = raw(scope.constant("role", literal(scope.role ?? "")));
    // One container may be an AutoML step's best model; pipelineModel() takes models' settings.
    const containers = list.map((c, i) => containerCode(c, `${spec.at("Containers")}/${i}`, scope, role, list.length === 1));
    if (new Set(containers.map((c) => c.framework)).size !== 1) {
      throw new CannotImport(spec.at("Containers"), `${BY} writes the same Framework, FrameworkVersion and NearestModelName in every container`);
    }
    const first = list[0] as { readonly [k: string]: unknown };
    const frameworkOptions = FRAMEWORK_KEYS.map(([key, option]): [string, Code | undefined] =>
      [option, first[key] === undefined ? undefined : valueCode(first[key], scope, `${spec.at("Containers")}/0/${key}`)]);
    const metadata = a.object("MetadataProperties");
    const metrics = a.object("ModelMetrics");
    const drift = a.object("DriftCheckBaselines");
    const options: [string, Code | undefined][] = [
      ["modelPackageGroupName", v(a, "ModelPackageGroupName")],
      ["contentTypes", v(spec, "SupportedContentTypes")],
      ["responseTypes", v(spec, "SupportedResponseMIMETypes")],
      ["inferenceInstances", v(spec, "SupportedRealtimeInferenceInstanceTypes")],
      ["transformInstances", v(spec, "SupportedTransformInstanceTypes")],
      ["approvalStatus", withDefault("ModelApprovalStatus", "PendingManualApproval")],
      ["modelMetrics", metrics ? groupsCode(metrics, METRICS, ["Bias", "Explainability"], scope) : undefined],
      ["driftCheckBaselines", drift ? groupsCode(drift, DRIFT, [], scope) : undefined],
      ["description", v(a, "ModelPackageDescription")],
      ["metadataProperties", metadata ? object([["commitId", v(metadata, "CommitId")], ["repository", v(metadata, "Repository")], ["generatedBy", v(metadata, "GeneratedBy")], ["projectId", v(metadata, "ProjectId")]]) : undefined],
      ["customerMetadataProperties", v(a, "CustomerMetadataProperties")],
      ["domain", v(a, "Domain")],
      ["task", v(a, "Task")],
      ["samplePayloadUrl", v(a, "SamplePayloadUrl")],
      ...frameworkOptions,
      ["skipModelValidation", withDefault("SkipModelValidation", "None")],
    ];
    for (const key of ["SupportedContentTypes", "SupportedResponseMIMETypes"]) {
      if (!(key in spec.value)) throw new CannotImport(spec.at(key), `${BY} always writes ${key}`);
    }
    for (const r of [metadata, spec, a]) r?.done();
    const bare = containers.map((c) => c.bare);
    if (bare.every(Boolean) && containers.length === 1) {
      const props = containers[0]!.code;
      const entries = props.kind === "object" ? props.entries : [];
      return { decorator: "RegisterModel", body: call(scope.use("registerModel"), [object([...entries, ...options])]) };
    }
    if (bare.some(Boolean)) throw new CannotImport(spec.at("Containers"), `${BY} writes every container with an Environment, or (the RegisterModel collection) one container without`);
    const source = containers.length === 1
      ? containers[0]!.best ?? call(scope.use("model"), [containers[0]!.code])
      : call(scope.use("pipelineModel"), [object([["models", array(containers.map((c) => c.code))], ["role", role]])]);
    return { decorator: "ModelStep", body: method(source, "register", [object(options)]) };
  },
};
