import type { PipelineVariable, Primitive } from "@sagepipe/expressions";

/**
 * An AWS request shape in which every string, number and boolean may also be a pipeline
 * variable: `Text` is the variable a text value may be, `Optional` makes every key optional.
 * String unions keep their literals, so a misspelled enum value still fails tsc.
 */
type Variables<T, Text, Optional extends boolean> = T extends string
  ? T | Text
  : T extends number
    ? T | PipelineVariable<number>
    : T extends boolean
      ? T | PipelineVariable<boolean>
      : T extends Date | Uint8Array
        ? T
        : T extends readonly (infer E)[]
          ? readonly Variables<E, Text, Optional>[]
          : T extends object
            ? Optional extends true
              ? { readonly [K in keyof T]?: Variables<T[K], Text, Optional> }
              : { readonly [K in keyof T]: Variables<T[K], Text, Optional> }
            : T;

/** A request a step writes from its arguments (as the SDK's pass-through steps accept): text may be a String variable. */
export type WithVariables<T> = Variables<T, PipelineVariable<string>, false>;

/**
 * A request as a definition holds it: any key may be missing, and a text value may be a
 * variable of any type (a definition may pass an Integer output where the request wants
 * text; SageMaker converts it).
 */
export type AsWritten<T> = Variables<T, PipelineVariable<Primitive>, true>;
