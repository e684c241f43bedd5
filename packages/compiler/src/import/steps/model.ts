// Model steps (Type "Model"): the SDK's ModelStep names them `<name>-CreateModel` and sagepipe
// writes `@ModelStep({ name }) ... model({ image, modelData, role, env }).create()`; any other
// name is the tutorial's CreateModelStep, `@CreateModel ... createModel({ ... })`.
import { valueCode } from "../expressions.ts";
import { CannotImport } from "../import-scope.ts";
import type { JsonReader } from "../json-reader.ts";
import { spells, type StepImporter } from "../step-importer.ts";
import { keptJobNameCode } from "./kept-job-name.ts";
import { call, literal, method, object, raw, type Code } from "../ts-code.ts";

const SUFFIX = "-CreateModel";

export const modelImporter: StepImporter = {
  decoratedName: (name) => (name.endsWith(SUFFIX) && name.length > SUFFIX.length ? name.slice(0, -SUFFIX.length) : name),
  write(step, scope) {
    const by = "model().create()";
    const a = step.args;
    const role = a.take("ExecutionRoleArn");
    if (typeof role !== "string") throw new CannotImport(a.at("ExecutionRoleArn"), `${by} takes the role as text`);
    const container = a.object("PrimaryContainer");
    if (!container) throw new CannotImport(a.at(a.has("Containers") ? "Containers" : "PrimaryContainer"), `${by} is written for one PrimaryContainer only by this importer`);
    const env = container.take("Environment");
    if (env === undefined) throw new CannotImport(container.at("Environment"), `${by} always writes the container's Environment ({} when none)`);
    const v = (r: JsonReader, key: string): Code | undefined => (r.has(key) ? valueCode(r.take(key), scope, r.at(key)) : undefined);
    const image = container.value.Image;
    const props = object([
      ["image", typeof image === "string" ? raw(scope.constant("image", literal(container.take("Image") as string))) : v(container, "Image")],
      ["modelData", v(container, "ModelDataUrl")],
      ["role", raw(scope.constant("role", literal(role)))],
      ["env", env && typeof env === "object" && Object.keys(env).length ? valueCode(env, scope, container.at("Environment")) : undefined],
      ["name", keptJobNameCode(a, "ModelName", scope, "name")],
    ]);
    container.done();
    a.done();
    const stepForm = step.name.endsWith(SUFFIX) && step.name.length > SUFFIX.length;
    if (stepForm) return { decorator: "ModelStep", body: method(call(scope.use("model"), [props]), "create", []) };
    return { decorator: "CreateModel", body: call(scope.use("createModel"), [props]) };
  },
  reference: (segments, stepCall) => (spells(segments, "ModelName") ? `${stepCall}.modelName` : undefined),
};
