import type { Json } from "../definition/definition-types.ts";
import { isJsonObject } from "../definition/definition-types.ts";
import { evaluate, joinPart } from "./evaluate.ts";
import type { ExpressionScope, Problem } from "./expression-scope.ts";

/** The outcome of a condition list, with one line per condition saying why. */
export interface ConditionOutcome {
  readonly outcome: boolean;
  readonly reasons: readonly string[];
  readonly problems: readonly Problem[];
}

const ORDERINGS: Readonly<Record<string, { readonly symbol: string; readonly test: (a: number, b: number) => boolean }>> = {
  GreaterThan: { symbol: ">", test: (a, b) => a > b },
  GreaterThanOrEqualTo: { symbol: ">=", test: (a, b) => a >= b },
  LessThan: { symbol: "<", test: (a, b) => a < b },
  LessThanOrEqualTo: { symbol: "<=", test: (a, b) => a <= b },
};

function show(v: Json, raw?: Json, scope?: ExpressionScope): string {
  if (typeof v === "string") return `'${v}'`;
  return typeof v === "number" && raw !== undefined && scope ? joinPart(raw, v, scope) : JSON.stringify(v);
}

function same(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Evaluates one condition object; appends problems and returns its truth and a reason. */
function evaluateOne(c: Json, at: string, scope: ExpressionScope, problems: Problem[]): { ok: boolean; reason: string } {
  if (!isJsonObject(c) || typeof c.Type !== "string") {
    problems.push({ pointer: at, message: "a condition needs a Type" });
    return { ok: false, reason: "invalid condition" };
  }
  const value = (key: string): Json => {
    const r = evaluate(c[key] ?? null, `${at}/${key}`, scope);
    problems.push(...r.problems);
    return r.value;
  };
  const type = c.Type;
  if (type === "Equals") {
    const [l, r] = [value("LeftValue"), value("RightValue")];
    const ok = same(l, r);
    return { ok, reason: `${show(l)} ${ok ? "==" : "!="} ${show(r)}` };
  }
  const ordering = ORDERINGS[type];
  if (ordering) {
    const [l, r] = [value("LeftValue"), value("RightValue")];
    const [ls, rs] = [show(l, c.LeftValue, scope), show(r, c.RightValue, scope)];
    if (typeof l !== "number" || typeof r !== "number") {
      problems.push({ pointer: at, message: `${type} compares numbers, got ${ls} and ${rs}` });
      return { ok: false, reason: `${ls} ${ordering.symbol} ${rs} cannot be compared` };
    }
    const ok = ordering.test(l, r);
    return { ok, reason: `${ls} ${ordering.symbol} ${rs} is ${ok}` };
  }
  if (type === "In") {
    const q = value("QueryValue");
    const values = value("Values");
    const list = Array.isArray(values) ? (values as readonly Json[]) : [];
    const ok = list.some((v) => same(v, q));
    return { ok, reason: `${show(q)} ${ok ? "is" : "is not"} in ${show(values)}` };
  }
  if (type === "Not") {
    const inner = evaluateOne(c.Condition ?? null, `${at}/Condition`, scope, problems);
    return { ok: !inner.ok, reason: `not (${inner.reason})` };
  }
  if (type === "Or") {
    const list = Array.isArray(c.Conditions) ? (c.Conditions as readonly Json[]) : [];
    const inner = list.map((x, i) => evaluateOne(x, `${at}/Conditions/${i}`, scope, problems));
    return { ok: inner.some((x) => x.ok), reason: inner.map((x) => `(${x.reason})`).join(" or ") };
  }
  problems.push({ pointer: at, message: `unknown condition type '${type}'` });
  return { ok: false, reason: `unknown condition type '${type}'` };
}

/** Evaluates a Condition step's `Conditions` list: true when every condition holds. */
export function evaluateConditions(conditions: Json, at: string, scope: ExpressionScope): ConditionOutcome {
  const problems: Problem[] = [];
  const list = Array.isArray(conditions) ? (conditions as readonly Json[]) : [];
  const results = list.map((c, i) => evaluateOne(c, `${at}/${i}`, scope, problems));
  return { outcome: results.every((r) => r.ok), reasons: results.map((r) => r.reason), problems };
}
