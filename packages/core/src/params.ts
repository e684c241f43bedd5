import { ParameterNode, type Parameter } from "@sagepipe/expressions";

/** Options of a String parameter. */
export interface StringParameterOptions {
  readonly default?: string;
  /** Allowed values (the definition's `EnumValues`). */
  readonly enum?: readonly string[];
}

/**
 * Pipeline parameters, declared as class fields:
 * `inputData = param.string("InputData", "s3://my-bucket/abalone/abalone-dataset.csv")`.
 * Declaration order is the order in the definition.
 */
export const param = Object.freeze({
  string(name: string, defaultOrOptions?: string | StringParameterOptions): Parameter<"String"> {
    const o = typeof defaultOrOptions === "object" ? defaultOrOptions : { default: defaultOrOptions };
    return ParameterNode.create(name, "String", o.default, o.enum);
  },
  integer(name: string, defaultValue?: number): Parameter<"Integer"> {
    return ParameterNode.create(name, "Integer", defaultValue);
  },
  float(name: string, defaultValue?: number): Parameter<"Float"> {
    return ParameterNode.create(name, "Float", defaultValue);
  },
  boolean(name: string, defaultValue?: boolean): Parameter<"Boolean"> {
    return ParameterNode.create(name, "Boolean", defaultValue);
  },
});
