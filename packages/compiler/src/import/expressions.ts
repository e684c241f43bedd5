// Definition values as sagepipe expressions: Get -> fields and step references, Std:Join ->
// join / str`...`, Std:JsonGet -> jsonGet, conditions -> eq / lte / not / or / isIn.
import { parseGet } from "@sagepipe/validate";
import { CannotImport, type ImportScope } from "./import-scope.ts";
import { array, call, flat, literal, memberAccess, object, raw, type Code } from "./ts-code.ts";

type JsonObject = { readonly [key: string]: unknown };

/** True for a plain JSON object. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The one key of `value` when it has exactly that one key. */
function onlyKey(value: JsonObject): string | undefined {
  const keys = Object.keys(value);
  return keys.length === 1 ? keys[0] : undefined;
}

/** `{"Get": "..."}` as code. */
export function getCode(path: string, scope: ImportScope, pointer: string): string {
  const target = parseGet(path);
  switch (target.kind) {
    case "parameter": {
      const p = scope.parameter(target.name);
      if (!p) throw new CannotImport(pointer, `Get "${path}" names no parameter of this definition`);
      return `${scope.self}.${p.field}`;
    }
    case "execution":
      return `${scope.use("ExecutionVariables")}.${target.name}`;
    case "experiment":
      return `${scope.use("PipelineExperimentConfigProperties")}.${target.name}`;
    case "step": {
      const step = scope.step(target.step);
      if (!step) throw new CannotImport(pointer, `Get "${path}" names no step of this definition`);
      return scope.stepProperty(step, target.property, pointer);
    }
    case "invalid":
      throw new CannotImport(pointer, `Get "${path}" is not a reference sagepipe knows: ${target.reason}`);
  }
}

/** Text of a template literal, escaped. */
function templateText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
}

/** True when `str` rebuilds exactly these values: text and variables alternating, no empty text. */
function fitsTemplate(values: readonly unknown[]): boolean {
  if (!values.some((v) => isJsonObject(v))) return false;
  return values.every((v, i) => isJsonObject(v) || (typeof v === "string" && v !== "" && !(typeof values[i - 1] === "string")));
}

function joinCode(join: unknown, scope: ImportScope, pointer: string): Code {
  if (!isJsonObject(join) || typeof join.On !== "string" || !Array.isArray(join.Values)) {
    throw new CannotImport(pointer, "Std:Join needs On (text) and Values (a list)");
  }
  const values = join.Values.map((v, i) => valueCode(v, scope, `${pointer}/Std:Join/Values/${i}`));
  if (join.On === "" && fitsTemplate(join.Values)) {
    const body = join.Values.map((v, i) => (typeof v === "string" ? templateText(v) : `\${${flat(values[i]!)}}`)).join("");
    return raw(`${scope.use("str")}\`${body}\``);
  }
  return call(scope.use("join"), [literal(join.On), array(values)]);
}

function jsonGetCode(spec: unknown, scope: ImportScope, pointer: string): Code {
  const at = `${pointer}/Std:JsonGet`;
  if (!isJsonObject(spec) || typeof spec.Path !== "string") throw new CannotImport(at, "Std:JsonGet needs a Path");
  const fn = scope.use("jsonGet");
  if (isJsonObject(spec.PropertyFile) && typeof spec.PropertyFile.Get === "string") {
    const target = parseGet(spec.PropertyFile.Get);
    const file = target.kind === "step" ? /^PropertyFiles\.(.+)$/.exec(target.property)?.[1] : undefined;
    const step = target.kind === "step" ? scope.step(target.step) : undefined;
    if (!step || file === undefined) throw new CannotImport(`${at}/PropertyFile`, `"${spec.PropertyFile.Get}" is not a step's property file`);
    return call(fn, [raw(`${scope.self}.${step.method}().propertyFiles${memberAccess(file)}`), literal(spec.Path)]);
  }
  if (spec.S3Uri !== undefined) {
    return call(fn, [object([["s3Uri", valueCode(spec.S3Uri, scope, `${at}/S3Uri`)]]), literal(spec.Path)]);
  }
  throw new CannotImport(at, "Std:JsonGet needs a PropertyFile or an S3Uri");
}

/** Any definition value as code: literals, lists and objects as written, expressions as sagepipe's. */
export function valueCode(value: unknown, scope: ImportScope, pointer: string): Code {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return literal(value);
  if (Array.isArray(value)) return array(value.map((v, i) => valueCode(v, scope, `${pointer}/${i}`)));
  if (!isJsonObject(value)) throw new CannotImport(pointer, `a ${typeof value} is not JSON`);
  const key = onlyKey(value);
  if (key === "Get" && typeof value.Get === "string") return raw(getCode(value.Get, scope, pointer));
  if (key === "Std:Join") return joinCode(value["Std:Join"], scope, pointer);
  if (key === "Std:JsonGet") return jsonGetCode(value["Std:JsonGet"], scope, pointer);
  return object(Object.entries(value).map(([k, v]) => [k, valueCode(v, scope, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`)]));
}

/** The type of the value a `Get` reads, when the definition declares it (parameters, Lambda and Callback outputs). */
function declaredType(path: string, scope: ImportScope): string | undefined {
  const target = parseGet(path);
  if (target.kind === "parameter") return scope.parameter(target.name)?.type;
  const output = target.kind === "step" ? /^OutputParameters\['([^']*)'\]$/.exec(target.property)?.[1] : undefined;
  return target.kind === "step" && output !== undefined ? scope.outputType(target.step, output) : undefined;
}

/**
 * A value where sagepipe's helpers take text (container arguments): as valueCode, but a
 * parameter or a Lambda or Callback output of another type (which the definition passes as is,
 * and SageMaker turns into text) is written `asText(...)`, the typed form of exactly that.
 */
export function textCode(value: unknown, scope: ImportScope, pointer: string): Code {
  if (Array.isArray(value)) return array(value.map((v, i) => textCode(v, scope, `${pointer}/${i}`)));
  if (isJsonObject(value) && onlyKey(value) === "Get" && typeof value.Get === "string") {
    const type = declaredType(value.Get, scope);
    if (type !== undefined && type !== "String") return call(scope.use("asText"), [valueCode(value, scope, pointer)]);
  } else if (isJsonObject(value) && !["Get", "Std:Join", "Std:JsonGet"].includes(onlyKey(value) ?? "")) {
    return object(Object.entries(value).map(([k, v]) => [k, textCode(v, scope, `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`)]));
  }
  return valueCode(value, scope, pointer);
}

const COMPARISONS: Readonly<Record<string, string>> = {
  Equals: "eq", GreaterThan: "gt", GreaterThanOrEqualTo: "gte", LessThan: "lt", LessThanOrEqualTo: "lte",
};

/** A condition of a Condition step as code. */
export function conditionCode(c: unknown, scope: ImportScope, pointer: string): Code {
  if (!isJsonObject(c) || typeof c.Type !== "string") throw new CannotImport(pointer, "a condition needs a Type");
  const fn = COMPARISONS[c.Type];
  if (fn) return call(scope.use(fn), [valueCode(c.LeftValue, scope, `${pointer}/LeftValue`), valueCode(c.RightValue, scope, `${pointer}/RightValue`)]);
  if (c.Type === "In" && Array.isArray(c.Values)) {
    return call(scope.use("isIn"), [valueCode(c.QueryValue, scope, `${pointer}/QueryValue`), valueCode(c.Values, scope, `${pointer}/Values`)]);
  }
  if (c.Type === "Not") return call(scope.use("not"), [conditionCode(c.Condition, scope, `${pointer}/Condition`)]);
  if (c.Type === "Or" && Array.isArray(c.Conditions)) {
    return call(scope.use("or"), c.Conditions.map((x, i) => conditionCode(x, scope, `${pointer}/Conditions/${i}`)));
  }
  throw new CannotImport(pointer, `condition type "${c.Type}" is not one sagepipe writes (Equals, GreaterThan, GreaterThanOrEqualTo, LessThan, LessThanOrEqualTo, In, Not, Or)`);
}
