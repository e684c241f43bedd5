import type { PipelineVariable } from "@sagepipe/expressions";

/**
 * An AWS request shape in which every string, number and boolean may also be a pipeline
 * variable of that type (as the SDK's pass-through steps accept). String unions keep their
 * literals, so a misspelled enum value still fails tsc.
 */
export type WithVariables<T> = T extends string
  ? T | PipelineVariable<string>
  : T extends number
    ? T | PipelineVariable<number>
    : T extends boolean
      ? T | PipelineVariable<boolean>
      : T extends Date | Uint8Array
        ? T
        : T extends readonly (infer E)[]
          ? readonly WithVariables<E>[]
          : T extends object
            ? { readonly [K in keyof T]: WithVariables<T[K]> }
            : T;
