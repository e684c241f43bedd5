import { captureCallSite } from "./call-site.ts";
import { asVariable, makeNode, type PipelineVariable } from "./variable.ts";

/** The four parameter types of a pipeline definition. */
export type ParameterType = "String" | "Integer" | "Float" | "Boolean";

/** A pipeline parameter: rendered as its declaration in `Parameters` and as `{Get: Parameters.Name}` where used. */
export interface ParameterNode {
  readonly kind: "Parameter";
  readonly name: string;
  readonly type: ParameterType;
  readonly defaultValue?: string | number | boolean;
  readonly enumValues?: readonly string[];
}

type ValueOf<P extends ParameterType> = P extends "String" ? string : P extends "Boolean" ? boolean : number;

/** A parameter as users hold it: usable wherever a value of its type is accepted. */
export type Parameter<P extends ParameterType = ParameterType> = PipelineVariable<ValueOf<P>> &
  ParameterNode & { readonly type: P };

export const ParameterNode = Object.freeze({
  is: (x: unknown): x is ParameterNode => (x as ParameterNode | undefined)?.kind === "Parameter",
  create<P extends ParameterType>(
    name: string,
    type: P,
    defaultValue?: ValueOf<P>,
    enumValues?: readonly string[],
  ): Parameter<P> {
    const fields: { kind: "Parameter"; name: string; type: P; defaultValue?: ValueOf<P>; enumValues?: readonly string[] } =
      { kind: "Parameter", name, type };
    if (defaultValue !== undefined) fields.defaultValue = defaultValue;
    if (enumValues !== undefined) fields.enumValues = Object.freeze([...enumValues]);
    return asVariable(makeNode(fields, captureCallSite())) as unknown as Parameter<P>;
  },
});
