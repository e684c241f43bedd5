// A condition compares two values of one type: SageMaker evaluates a number against a string
// as a failed run, or a comparison that never holds. Types come from literals, parameter types,
// execution variables and Std:Join (strings); Std:JsonGet reads a value of unknown type, most
// often a metric (a number).
import { stepLabel, type DefinitionContext } from "../../definition/definition-context.ts";
import { parseGet } from "../../definition/parse-get.ts";
import { childPointer, isObject } from "../../json-pointer.ts";
import { issue, type ValidationIssue } from "../../validation-issue.ts";
import type { StepEntry } from "../../definition/collect-steps.ts";

type ValueType = "number" | "string" | "boolean" | "json";

const PARAMETER_TYPES: Readonly<Record<string, ValueType>> = { String: "string", Integer: "number", Float: "number", Boolean: "boolean" };
const ORDERING = new Set(["GreaterThan", "GreaterThanOrEqualTo", "LessThan", "LessThanOrEqualTo"]);

/** The type of a condition operand, with words for messages; undefined when unknown (a step property). */
function typeOf(ctx: DefinitionContext, value: unknown): { type: ValueType; what: string } | undefined {
  if (typeof value === "number") return { type: "number", what: `the number ${value}` };
  if (typeof value === "string") return { type: "string", what: `the string ${JSON.stringify(value)}` };
  if (typeof value === "boolean") return { type: "boolean", what: `the boolean ${value}` };
  if (!isObject(value)) return undefined;
  if ("Std:Join" in value) return { type: "string", what: "a Std:Join (a string)" };
  if ("Std:JsonGet" in value) return { type: "json", what: "a Std:JsonGet (a value read from a JSON file, usually a number)" };
  if (typeof value.Get !== "string") return undefined;
  const target = parseGet(value.Get);
  if (target.kind === "execution" || target.kind === "experiment") return { type: "string", what: `${value.Get} (a string)` };
  if (target.kind !== "parameter") return undefined;
  const type = ctx.parametersByName.get(target.name)?.type;
  const t = type ? PARAMETER_TYPES[type] : undefined;
  return t && { type: t, what: `${type} parameter "${target.name}"` };
}

function compare(ctx: DefinitionContext, step: StepEntry, kind: string, left: unknown, right: unknown, pointer: string): ValidationIssue[] {
  const l = typeOf(ctx, left);
  const r = typeOf(ctx, right);
  if (!l || !r || l.type === r.type) return [];
  const where = `In ${stepLabel(step)}, ${kind} compares`;
  if (l.type === "json" || r.type === "json") {
    const other = l.type === "json" ? r : l;
    if (other.type !== "string" || !ORDERING.has(kind)) return [];
    return [issue("SP972", pointer, `${where} ${l.what} with ${r.what}; a value read from JSON is compared as a number with a number.`, other.what.includes("parameter") ? "Make the parameter an Integer or Float parameter (param.float), or compare with a number." : "Compare with a number (0.9, not \"0.9\").")];
  }
  const fix = [l, r].some((x) => x.what.includes("String parameter"))
    ? "Make the parameter an Integer or Float parameter (or Boolean), or compare it with a string literal."
    : "Compare values of one type: give the literal as a number (0.9, not \"0.9\") or as a string, to match the other side.";
  return [issue("SP971", pointer, `${where} ${l.what} with ${r.what}; values of different types never compare as intended.`, fix)];
}

function visitCondition(ctx: DefinitionContext, step: StepEntry, condition: unknown, pointer: string, out: ValidationIssue[]): void {
  if (!isObject(condition) || typeof condition.Type !== "string") return;
  const kind = condition.Type;
  if (kind === "Not") return visitCondition(ctx, step, condition.Expression, childPointer(pointer, "Expression"), out);
  if (kind === "Or" && Array.isArray(condition.Conditions)) {
    condition.Conditions.forEach((c, i) => visitCondition(ctx, step, c, childPointer(pointer, "Conditions", i), out));
    return;
  }
  if (kind === "In" && Array.isArray(condition.Values)) {
    condition.Values.forEach((v, i) => out.push(...compare(ctx, step, kind, condition.QueryValue, v, childPointer(pointer, "Values", i))));
    return;
  }
  if ("LeftValue" in condition && "RightValue" in condition) out.push(...compare(ctx, step, kind, condition.LeftValue, condition.RightValue, pointer));
}

/** SP971 and SP972 on every comparison of every condition step. */
export function checkConditionTypes(ctx: DefinitionContext): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const step of ctx.steps) {
    const args = step.step.Arguments;
    if (step.type !== "Condition" || !isObject(args) || !Array.isArray(args.Conditions)) continue;
    args.Conditions.forEach((c, i) => visitCondition(ctx, step, c, childPointer(step.pointer, "Arguments", "Conditions", i), out));
  }
  return out;
}
