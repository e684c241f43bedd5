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

/** Creates a frozen expression node of `kind` (used by every factory). */
export function makeNode<N extends { readonly kind: string }>(fields: N): N {
  return Object.freeze(Object.assign(Object.create(nodeProto), fields)) as N;
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
