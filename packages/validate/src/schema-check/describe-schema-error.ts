// Words one ajv error as an issue: where (pointer), what was expected, what was found, what to do.
import type { ErrorObject } from "ajv";
import { didYouMean } from "../closest-name.ts";
import { describeValue, quoteList } from "../describe-value.ts";
import { stepAt, type StepEntry } from "../definition/collect-steps.ts";
import { stepLabel } from "../definition/definition-context.ts";
import { childPointer, isObject, splitPointer, valueAt } from "../json-pointer.ts";
import type { SchemaNode } from "../schema-data.ts";
import type { SchemaNavigator } from "../schema-navigator.ts";
import { issue, type ValidationIssue } from "../validation-issue.ts";
import type { DiagnosticCode } from "../codes/index.ts";
import type { ReducedError } from "./reduce-schema-errors.ts";

/** What describing an error needs. */
export interface DescribeContext {
  readonly definition: unknown;
  readonly schema: SchemaNavigator;
  readonly steps: readonly StepEntry[];
}

const EXPRESSION_FORMS = '{"Get": ...}, {"Std:Join": ...} or {"Std:JsonGet": ...}';

/** The issue for one reduced error. */
export function describeSchemaError(ctx: DescribeContext, reduced: ReducedError): ValidationIssue {
  const { error } = reduced;
  const at = error.instancePath;
  const data = valueAt(ctx.definition, at);
  const nodes = ctx.schema.nodesAlong(ctx.definition, splitPointer(at));
  const node = nodes.length === splitPointer(at).length + 1 ? nodes[nodes.length - 1] : undefined;
  const place = placeOf(ctx, at, node, data);
  const params = error.params as Record<string, unknown>;
  const value = (code: DiagnosticCode, message: string) => issue(code, at, `${place.prefix}${place.field}: ${message}`);
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = node === undefined ? [] : ctx.schema.allowedKeys(node, data);
      const hint = reduced.suggestion !== undefined ? ` Did you mean "${reduced.suggestion}"?` : allowed.length ? ` Allowed keys: ${quoteList(allowed, 15)}.` : "";
      return issue("SP902", childPointer(at, key), `${place.prefix}${place.shape} has no key "${key}".${hint}`);
    }
    case "required": {
      const key = String(params.missingProperty);
      return issue("SP903", childPointer(at, key), `${place.prefix}${place.shape} is missing required key "${key}".`, `Add "${key}".`);
    }
    case "type":
      return value("SP904", `expected ${typeText(params.type, ctx.schema.scalarExpectation(node) !== undefined)}, found ${describeValue(data)}.`);
    case "enum": {
      const values = (params.allowedValues as unknown[]).map(String);
      const closest = typeof data === "string" ? didYouMean(data, values) : "";
      const enumName = ctx.schema.refName(node);
      return value("SP905", `expected one of ${quoteList(values, 10)}${enumName ? ` (${enumName})` : ""}, found ${describeValue(data)}.${closest}`);
    }
    case "const":
      return value("SP906", `expected ${JSON.stringify(params.allowedValue)}, found ${describeValue(data)}.`);
    case "discriminator":
      return describeDiscriminator(ctx, reduced, place.prefix, node, data);
    case "false schema":
      return value("SP910", `found ${describeValue(data)}, which is neither a plain value nor an expression. Expressions are ${EXPRESSION_FORMS}.`);
    case "pattern":
      return value("SP906", at.endsWith("/ExpireAfter") ? `expected an ISO 8601 duration such as "PT1H" or "P30D", found ${describeValue(data)}.` : `found ${describeValue(data)}, which does not match ${String(params.pattern)}.`);
    case "maxLength":
      return value("SP906", `is ${typeof data === "string" ? data.length : "?"} characters long; the limit is ${String(params.limit)}.`);
    case "minItems":
      return value("SP906", `needs at least ${String(params.limit)} item(s), found ${describeValue(data)}.`);
    case "minProperties":
    case "maxProperties": {
      const allowed = node === undefined ? [] : ctx.schema.allowedKeys(node, data);
      return value("SP906", `set exactly one of ${quoteList(allowed, 10)}; found ${describeValue(data)}.`);
    }
    default:
      return value("SP906", `does not satisfy "${error.keyword}" (${JSON.stringify(params)}).`);
  }
}

function typeText(type: unknown, valuePosition: boolean): string {
  const types = ([] as string[]).concat(type as string | string[]).map((t) => (t === "integer" ? "an integer" : t === "null" ? "null" : t === "object" || t === "array" ? `an ${t}` : `a ${t}`));
  const text = types.length > 1 ? `${types.slice(0, -1).join(", ")} or ${types[types.length - 1]}` : (types[0] ?? "a value");
  return valuePosition ? `${text} or an expression (${EXPRESSION_FORMS})` : text;
}

/** Where an error is, in words: `In step "Train" (Training), ` + the object's shape, the field. */
function placeOf(ctx: DescribeContext, pointer: string, node: SchemaNode | undefined, data: unknown): { prefix: string; shape: string; field: string } {
  const step = stepAt(ctx.steps, pointer);
  if (step && step.pointer === pointer) {
    const subject = step.name !== undefined ? `Step "${step.name}"` : "This step";
    return { prefix: "", shape: subject, field: subject };
  }
  const target = node === undefined ? undefined : ctx.schema.settle(node, data);
  const title = isObject(target) && typeof target.title === "string" ? target.title : undefined;
  const name = ctx.schema.refName(node);
  const segments = splitPointer(pointer);
  const field = segments.filter((s) => !/^\d+$/.test(s)).pop() ?? "the definition";
  const shapeName = title ?? (name && !name.startsWith("Value.") ? name : undefined);
  const shape = pointer === "" ? "the definition" : shapeName ? `the ${shapeName}` : `"${field}"`;
  const parameter = /^\/Parameters\/\d+/.exec(pointer)?.[0];
  const parameterName = parameter === undefined ? undefined : valueAt(ctx.definition, `${parameter}/Name`);
  const prefix = step ? `In ${stepLabel(step)}, ` : typeof parameterName === "string" ? `In parameter "${parameterName}", ` : "";
  const capitalize = (text: string) => (prefix ? text : `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`);
  return { prefix, shape: capitalize(shape), field: capitalize(field) };
}

function describeDiscriminator(ctx: DescribeContext, reduced: ReducedError, prefix: string, node: SchemaNode | undefined, data: unknown): ValidationIssue {
  const at = reduced.error.instancePath;
  const def = ctx.schema.refName(node);
  const kind = def === "Condition" ? "condition" : def === "Parameter" ? "parameter" : "step";
  const code: DiagnosticCode = kind === "condition" ? "SP908" : kind === "parameter" ? "SP909" : "SP907";
  const types = discriminatorValues(ctx.schema, node);
  const tag = isObject(data) ? data.Type : undefined;
  const found = tag === undefined ? "has no Type" : `has Type ${typeof tag === "string" ? JSON.stringify(tag) : describeValue(tag)}`;
  const closest = typeof tag === "string" ? didYouMean(tag, types) : "";
  const step = stepAt(ctx.steps, at);
  const name = isObject(data) && typeof data.Name === "string" ? data.Name : undefined;
  const subject =
    kind === "step" && step?.pointer === at
      ? step.name !== undefined ? `Step "${step.name}"` : "This step"
      : kind === "parameter" && name !== undefined ? `Parameter "${name}"` : prefix ? `${prefix}the ${kind}` : `This ${kind}`;
  return issue(code, childPointer(at, "Type"), `${subject} ${found}.${closest} The ${kind} types are ${quoteList(types, 20)}.`);
}

function discriminatorValues(schema: SchemaNavigator, node: SchemaNode | undefined): string[] {
  const target = node === undefined ? undefined : schema.deref(node);
  if (!isObject(target) || !Array.isArray(target.oneOf)) return [];
  return (target.oneOf as SchemaNode[]).flatMap((branch) => {
    const b = schema.deref(branch);
    const tag = isObject(b) && isObject(b.properties) ? b.properties.Type : undefined;
    if (!isObject(tag)) return [];
    return tag.const !== undefined ? [String(tag.const)] : Array.isArray(tag.enum) ? tag.enum.map(String) : [];
  });
}
