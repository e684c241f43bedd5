// A value must fit the API field it fills. A Get of a parameter carries the parameter's type
// (String, Integer, Float, Boolean), execution variables are strings, and Std:Join yields a
// string; CreatePipeline rejects, say, an Integer parameter where the API takes a string.
// (The SDK types say `number` for both integers and floats, so number fields accept either.)
import { closestName } from "../closest-name.ts";
import { quoteList } from "../describe-value.ts";
import { stepAt } from "../definition/collect-steps.ts";
import { stepLabel, type DefinitionContext } from "../definition/definition-context.ts";
import { parseGet } from "../definition/parse-get.ts";
import { isObject, splitPointer, toPointer, type PointerSegment } from "../json-pointer.ts";
import type { SchemaNode } from "../schema-data.ts";
import type { ScalarExpectation } from "../schema-navigator.ts";
import { issue, type ValidationIssue } from "../validation-issue.ts";

const PARAMETER_JSON_TYPES: Readonly<Record<string, string>> = { String: "string", Integer: "integer", Float: "number", Boolean: "boolean" };

/** Walks every typed position holding an expression and compares types. */
export function checkValueTypes(ctx: DefinitionContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // The path to the value being visited; its pointer is built only for an expression.
  const path: PointerSegment[] = [];
  const visit = (node: SchemaNode, data: unknown) => {
    const expected = ctx.schema.scalarExpectation(node);
    if (expected && isObject(data)) issues.push(...checkExpression(ctx, expected, data, toPointer(path)));
    if (typeof data !== "object" || data === null) return;
    const settled = ctx.schema.settle(node, data);
    if (Array.isArray(data)) {
      data.forEach((item, index) => {
        const child = ctx.schema.childOfSettled(settled, data, index);
        if (child === undefined) return;
        path.push(index);
        visit(child, item);
        path.pop();
      });
    } else if (isObject(data)) {
      for (const key of Object.keys(data)) {
        const child = ctx.schema.childOfSettled(settled, data, key);
        if (child === undefined) continue;
        path.push(key);
        visit(child, data[key]);
        path.pop();
      }
    }
  };
  visit(ctx.schema.root, ctx.definition);
  return issues;
}

function fits(produced: string, expected: readonly string[]): boolean {
  if (produced === "integer") return expected.includes("integer") || expected.includes("number");
  return expected.includes(produced);
}

function expectedText(expected: ScalarExpectation): string {
  if (expected.values && expected.values.length > 6) return `a string (one of the ${expected.defName ?? "allowed"} values)`;
  if (expected.values) return `a string (${quoteList(expected.values.map(String))})`;
  return expected.types.filter((t) => t !== "null").map((t) => (t === "integer" ? "an integer" : `a ${t}`)).join(" or ");
}

function checkExpression(ctx: DefinitionContext, expected: ScalarExpectation, expression: Record<string, unknown>, pointer: string): ValidationIssue[] {
  const step = stepAt(ctx.steps, pointer);
  const field = `${step ? `In ${stepLabel(step)}, ` : ""}${splitPointer(pointer).filter((s) => !/^\d+$/.test(s)).pop() ?? "this field"}`;
  if (typeof expression.Get === "string") {
    const target = parseGet(expression.Get);
    if (target.kind === "parameter") {
      const parameter = ctx.parametersByName.get(target.name);
      const produced = parameter?.type ? PARAMETER_JSON_TYPES[parameter.type] : undefined;
      if (produced && fits(produced, expected.types)) return defaultOutsideValues(field, expected, pointer, target.name, parameter?.parameter.DefaultValue);
      if (!produced) return [];
      const convert = expected.types.includes("string")
        ? ` or turn it into a string with {"Std:Join": {"On": "", "Values": [{"Get": "Parameters.${target.name}"}]}}`
        : "";
      return [issue("SP931", pointer, `${field} takes ${expectedText(expected)}, but parameter "${target.name}" is ${parameter?.type}.`, `Use ${expected.types.includes("string") ? "a String" : expected.types.includes("boolean") ? "a Boolean" : "an Integer or Float"} parameter${convert}.`)];
    }
    if ((target.kind === "execution" || target.kind === "experiment") && !fits("string", expected.types)) {
      return [issue("SP932", pointer, `${field} takes ${expectedText(expected)}, but ${expression.Get} is a string.`, "Use a parameter or literal of the field's type.")];
    }
    return [];
  }
  if ("Std:Join" in expression && !fits("string", expected.types)) {
    return [issue("SP932", pointer, `${field} takes ${expectedText(expected)}, but Std:Join always produces a string.`, "Use a parameter or literal of the field's type.")];
  }
  return [];
}

/**
 * SP961: a parameter fills an enum field (an instance type, say) and its default is not one of
 * the field's values. The field's values are the SDK's enum, from the generated schema.
 */
function defaultOutsideValues(field: string, expected: ScalarExpectation, pointer: string, name: string, value: unknown): ValidationIssue[] {
  if (!expected.values || value === undefined || expected.values.includes(value as string | number)) return [];
  const closest = typeof value === "string" ? closestName(value, expected.values.map(String)) : undefined;
  const what = expected.defName ? `a ${expected.defName} value` : "one of its values";
  return [issue("SP961", pointer, `${field} takes ${what}, but parameter "${name}" defaults to ${JSON.stringify(value)}${closest ? `. Did you mean "${closest}"?` : ", which is not one"} (a value given when a run starts is not checked).`, closest ? `Change the default to "${closest}".` : `Change the default to one of ${quoteList(expected.values.map(String), 10)}.`)];
}
