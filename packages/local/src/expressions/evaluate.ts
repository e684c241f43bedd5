import type { Json } from "../definition/definition-types.ts";
import { isJsonObject } from "../definition/definition-types.ts";
import type { ExpressionScope, Lookup, Problem } from "./expression-scope.ts";
import { readJsonPath } from "./json-get-path.ts";
import { lookupProperty } from "./lookup-property.ts";
import { parseStepReference } from "./property-path.ts";

/** The result of resolving a value: the plain JSON, and every problem met on the way. */
export interface Evaluated {
  readonly value: Json;
  readonly problems: readonly Problem[];
}

function onlyKey(value: Json): string | undefined {
  if (!isJsonObject(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 ? keys[0] : undefined;
}

/** Resolves `{Get: ...}` text: parameters, execution variables, step properties. */
function resolveGet(target: Json, scope: ExpressionScope): Lookup {
  if (typeof target !== "string") return { error: `Get takes a string, not ${JSON.stringify(target)}` };
  const [root, ...rest] = target.split(".");
  const name = rest.join(".");
  if (root === "Parameters") {
    const p = scope.parameter(name);
    return p ? { value: p.value } : { error: `the pipeline has no parameter '${name}'` };
  }
  if (root === "Execution") {
    const v = scope.execution(name);
    return v === undefined ? { error: `'${name}' is not an execution variable` } : { value: v };
  }
  const ref = parseStepReference(target);
  if (!ref) return { error: `cannot read '${target}' (expected Parameters.X, Execution.X or Steps.X.path)` };
  const first = ref.path[0];
  if (first?.kind === "field" && first.name === "PropertyFiles") {
    return { error: `'${target}' is a property file: read it with Std:JsonGet` };
  }
  const props = scope.stepProperties(ref.step);
  if ("error" in props) return props;
  const found = lookupProperty(props.value, ref.path);
  return "error" in found ? { error: `step '${ref.step}' has ${found.error}` } : found;
}

/** Renders one `Std:Join` operand as the service does (Float parameters keep a decimal point). */
export function joinPart(raw: Json, value: Json, scope: ExpressionScope): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    const get = isJsonObject(raw) ? raw.Get : undefined;
    const isFloatParameter =
      typeof get === "string" && get.startsWith("Parameters.") && scope.parameter(get.slice(11))?.type === "Float";
    return isFloatParameter && Number.isInteger(value) ? value.toFixed(1) : String(value);
  }
  if (value === null) return "";
  return typeof value === "boolean" ? String(value) : JSON.stringify(value);
}

function readPropertyFileRef(ref: Json, scope: ExpressionScope): Lookup {
  const get = isJsonObject(ref) ? ref.Get : undefined;
  const parsed = typeof get === "string" ? parseStepReference(get) : undefined;
  const [first, second] = parsed?.path ?? [];
  if (!parsed || parsed.path.length !== 2 || first?.kind !== "field" || first.name !== "PropertyFiles" || second?.kind !== "field") {
    return { error: `PropertyFile must be {"Get": "Steps.<step>.PropertyFiles.<name>"}, not ${JSON.stringify(ref)}` };
  }
  return scope.readPropertyFile(parsed.step, second.name);
}

/** Resolves every expression inside `value`; `pointer` is where `value` sits (for messages). */
export function evaluate(value: Json, pointer: string, scope: ExpressionScope): Evaluated {
  const problems: Problem[] = [];
  const walk = (v: Json, at: string): Json => {
    const key = onlyKey(v);
    if (key === "Get" && isJsonObject(v)) {
      const r = resolveGet(v.Get!, scope);
      if ("error" in r) problems.push({ pointer: at, message: r.error });
      return "error" in r ? null : r.value;
    }
    if (key === "Std:Join" && isJsonObject(v)) return join(v["Std:Join"]!, at);
    if (key === "Std:JsonGet" && isJsonObject(v)) return jsonGet(v["Std:JsonGet"]!, at);
    if (Array.isArray(v)) return (v as readonly Json[]).map((item, i) => walk(item, `${at}/${i}`));
    if (isJsonObject(v)) {
      const out: Record<string, Json> = {};
      for (const [k, item] of Object.entries(v)) out[k] = walk(item, `${at}/${escapePointer(k)}`);
      return out;
    }
    return v;
  };
  const join = (spec: Json, at: string): Json => {
    const here = `${at}/Std:Join`;
    if (!isJsonObject(spec) || !Array.isArray(spec.Values)) {
      problems.push({ pointer: here, message: "Std:Join needs a Values list" });
      return null;
    }
    const on = spec.On ?? "";
    const parts = (spec.Values as readonly Json[]).map((raw, i) => joinPart(raw, walk(raw, `${here}/Values/${i}`), scope));
    return parts.join(typeof on === "string" ? on : String(on));
  };
  const jsonGet = (spec: Json, at: string): Json => {
    const here = `${at}/Std:JsonGet`;
    if (!isJsonObject(spec) || typeof spec.Path !== "string") {
      problems.push({ pointer: here, message: "Std:JsonGet needs a Path string" });
      return null;
    }
    let doc: Lookup;
    if (spec.PropertyFile !== undefined) doc = readPropertyFileRef(spec.PropertyFile, scope);
    else if (spec.S3Uri !== undefined) {
      const uri = walk(spec.S3Uri, `${here}/S3Uri`);
      doc = typeof uri === "string" ? scope.readS3Json(uri) : { error: "S3Uri did not resolve to a string" };
    } else doc = { error: "Std:JsonGet needs PropertyFile or S3Uri" };
    const found = "error" in doc ? doc : readJsonPath(doc.value, spec.Path);
    if ("error" in found) problems.push({ pointer: here, message: found.error });
    return "error" in found ? null : found.value;
  };
  return { value: walk(value, pointer), problems };
}

/** Escapes a key for a JSON pointer (RFC 6901). */
export function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
