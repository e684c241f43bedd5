// Model steps (Type "Model"): the SDK's ModelStep names them `<name>-CreateModel` and sagepipe
// writes `@ModelStep({ name }) ... model({ image, modelData, role, env }).create()`, with several
// containers `pipelineModel({ models, role }).create()`, with a registered package's container
// `modelPackage({ modelPackageArn, role, env }).create()`; any other name is the tutorial's
// CreateModelStep, `@CreateModel ... createModel({ ... })` (one PrimaryContainer).
import { valueCode } from "../expressions.ts";
import { CannotImport, type ImportScope } from "../import-scope.ts";
import { JsonReader } from "../json-reader.ts";
import { spells, type StepImporter } from "../step-importer.ts";
import { array, call, literal, method, object, raw, type Code } from "../ts-code.ts";
import { bestModelCode } from "./best-model.ts";
import { keptJobNameCode } from "./kept-job-name.ts";

const SUFFIX = "-CreateModel";
const BY = "model().create()";

/** `{ image, modelData, role, env }` of one container (Environment always written, {} when none). */
function containerProps(c: JsonReader, role: Code, scope: ImportScope): (readonly [string, Code | undefined])[] {
  const env = c.take("Environment");
  if (env === undefined) throw new CannotImport(c.at("Environment"), `${BY} always writes the container's Environment ({} when none)`);
  const image = c.value.Image;
  if (image === undefined) throw new CannotImport(c.at("Image"), `${BY} writes each container's Image`);
  return [
    ["image", typeof image === "string" ? raw(scope.constant("image", literal(c.take("Image") as string))) : valueCode(c.take("Image"), scope, c.at("Image"))],
    ["modelData", c.has("ModelDataUrl") ? valueCode(c.take("ModelDataUrl"), scope, c.at("ModelDataUrl")) : undefined],
    ["role", role],
    ["env", env && typeof env === "object" && Object.keys(env).length ? valueCode(env, scope, c.at("Environment")) : undefined],
  ];
}

/** `modelPackage({...})` (one container naming a model package) or `pipelineModel({ models })` from `Containers`. */
function containersSource(a: JsonReader, role: Code, name: Code | undefined, scope: ImportScope): Code {
  const list = a.list("Containers")!;
  const readers = list.map((c, i) => JsonReader.of(c, `${a.at("Containers")}/${i}`, BY));
  const only = readers.length === 1 ? readers[0]! : undefined;
  if (only?.has("ModelPackageName")) {
    const by = "modelPackage().create()";
    const isolation = a.take("EnableNetworkIsolation");
    if (isolation !== undefined && isolation !== true) throw new CannotImport(a.at("EnableNetworkIsolation"), `${by} writes EnableNetworkIsolation only when true`);
    const props = object([
      ["modelPackageArn", valueCode(only.take("ModelPackageName"), scope, only.at("ModelPackageName"))],
      ["role", role],
      ["env", only.has("Environment") ? valueCode(only.take("Environment"), scope, only.at("Environment")) : undefined],
      ["enableNetworkIsolation", isolation === true ? literal(true) : undefined],
      ["name", name],
    ]);
    only.done();
    return method(call(scope.use("modelPackage"), [props]), "create", []);
  }
  if (!readers.length) throw new CannotImport(a.at("Containers"), `${BY} writes at least one container`);
  const models = readers.map((c) => {
    const code = object(containerProps(c, role, scope));
    c.done();
    return code;
  });
  return method(call(scope.use("pipelineModel"), [object([["models", array(models)], ["role", role], ["name", name]])]), "create", []);
}

export const modelImporter: StepImporter = {
  decoratedName: (name) => (name.endsWith(SUFFIX) && name.length > SUFFIX.length ? name.slice(0, -SUFFIX.length) : name),
  write(step, scope) {
    const a = step.args;
    const role = a.take("ExecutionRoleArn");
    if (typeof role !== "string") throw new CannotImport(a.at("ExecutionRoleArn"), `${BY} takes the role as text`);
    const roleCode = raw(scope.constant("role", literal(role)));
    const name = keptJobNameCode(a, "ModelName", scope, BY, "name");
    const stepForm = step.name.endsWith(SUFFIX) && step.name.length > SUFFIX.length;
    if (a.has("Containers")) {
      if (!stepForm) throw new CannotImport(a.at("Containers"), `createModel() writes one PrimaryContainer; several containers are a ModelStep's (a step named <name>${SUFFIX})`);
      const body = containersSource(a, roleCode, name, scope);
      a.done();
      return { decorator: "ModelStep", body };
    }
    const container = a.object("PrimaryContainer");
    if (!container) throw new CannotImport(a.at("PrimaryContainer"), `${BY} needs PrimaryContainer or Containers`);
    const best = stepForm && name === undefined ? bestModelCode(container, roleCode, scope) : undefined;
    if (best) {
      container.done();
      a.done();
      return { decorator: "ModelStep", body: method(best, "create", []) };
    }
    const props = object([...containerProps(container, roleCode, scope), ["name", name]]);
    container.done();
    a.done();
    if (stepForm) return { decorator: "ModelStep", body: method(call(scope.use("model"), [props]), "create", []) };
    return { decorator: "CreateModel", body: call(scope.use("createModel"), [props]) };
  },
  reference: (segments, stepCall) => (spells(segments, "ModelName") ? `${stepCall}.modelName` : undefined),
};
