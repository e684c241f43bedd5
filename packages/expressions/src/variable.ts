import { markCreatedAt, type CreatedAt } from "./call-site.ts";
/**
 * The base of every pipeline expression. At runtime a node is a frozen plain object whose
 * prototype refuses to become a string; at the type level it is branded with `symbol`, so
 * TypeScript rejects it in an untagged template literal (TS2731), in `+` concatenation
 * (TS2469) and wherever a plain `string` is expected.
 */
declare const valueType: unique symbol;

/** The primitive a pipeline expression evaluates to at run time. */
export type Primitive = string | number | boolean;

/** Marks a pipeline expression that evaluates to `T`; `symbol` makes string coercion a type error. */
export type PipelineVariable<T extends Primitive = Primitive> = symbol & {
  readonly [valueType]?: T;
  readonly kind: string;
};

/** A plain value or a pipeline expression of the same type. */
export type Value<T extends Primitive> = T | PipelineVariable<T>;

/** The message thrown when an expression is coerced to a string at run time. */
export function coercionMessage(what: string): string {
  return (
    `${what} is a pipeline variable: it has no value until the pipeline runs, so it cannot become ` +
    "a string here. Use the tagged template s3`...${x}...` (or str`...`), or join(separator, [...]), " +
    "which build a Std:Join expression."
  );
}

function refuse(this: { kind?: string }): never {
  throw new TypeError(coercionMessage(`This ${this?.kind ?? "expression"}`));
}

const nodeProto: object = Object.freeze(
  Object.create(null, {
    toString: { value: refuse },
    toJSON: { value: refuse },
    [Symbol.toPrimitive]: { value: refuse },
    [Symbol.for("sagepipe.expression")]: { value: true },
    [Symbol.for("nodejs.util.inspect.custom")]: {
      value(this: object) {
        return { ...this };
      },
    },
  }),
);

/**
 * How many expressions may nest in one another (`not(not(eq(...)))` is 3 deep, a parameter
 * alone 1). Far past what a pipeline needs, and low enough that every walker of an expression
 * (rendering, visiting, validation, `JSON.stringify`) stays well inside the call stack.
 * `@sagepipe/validate` refuses deeper expressions in any definition with the same limit.
 */
export const MAX_EXPRESSION_DEPTH = 100;

/** Thrown when a factory would nest expressions deeper than MAX_EXPRESSION_DEPTH. */
export class ExpressionTooDeepError extends RangeError {
  constructor(kind: string, depth: number) {
    super(
      `expression nested too deep: this ${kind} would nest expressions ${depth} levels deep; a pipeline ` +
        `definition allows at most ${MAX_EXPRESSION_DEPTH}. Flatten it: not(not(x)) is x, or(a, b, c) takes any ` +
        "number of conditions, and a condition step's list of conditions must all hold.",
    );
    this.name = "ExpressionTooDeepError";
  }
}

const depths = new WeakMap<object, number>();

/** Nesting depth of an expression (1 for a leaf), 0 for anything else. */
export function expressionDepth(x: unknown): number {
  return isExpression(x) ? depths.get(x) ?? 1 : 0;
}

function childDepth(value: unknown): number {
  return Array.isArray(value) ? value.reduce((m: number, v) => Math.max(m, expressionDepth(v)), 0) : expressionDepth(value);
}

/** Creates a frozen expression node of `kind` (used by every factory); refuses to nest too deep; `at` records where the user made it. */
export function makeNode<N extends { readonly kind: string }>(fields: N, at?: CreatedAt): N {
  let depth = 1;
  for (const value of Object.values(fields)) depth = Math.max(depth, 1 + childDepth(value));
  if (depth > MAX_EXPRESSION_DEPTH) throw new ExpressionTooDeepError(fields.kind, depth);
  const node = Object.assign(Object.create(nodeProto), fields) as N & object;
  if (at) markCreatedAt(node, at);
  Object.freeze(node);
  depths.set(node, depth);
  return node;
}

/** The brand that marks our expression objects, also across two installed copies of this package. */
export const EXPRESSION = Symbol.for("sagepipe.expression");

/** True when `x` is a sagepipe expression node (any kind). */
export function isExpression(x: unknown): x is { readonly kind: string } {
  return (typeof x === "object" || typeof x === "function") && x !== null && (x as Record<symbol, unknown>)[EXPRESSION] === true;
}

/** Casts a node to its branded variable type (nodes are objects; the brand exists only in types). */
export function asVariable<T extends Primitive, N>(node: N): PipelineVariable<T> & N {
  return node as PipelineVariable<T> & N;
}
