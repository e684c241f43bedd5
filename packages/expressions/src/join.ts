import { asVariable, isExpression, makeNode, type PipelineVariable, type Primitive } from "./variable.ts";

/** Anything `Std:Join` accepts among its values. */
export type JoinPart = Primitive | PipelineVariable;

/** `{"Std:Join": {"On": on, "Values": [...]}}`. */
export interface JoinNode {
  readonly kind: "Join";
  readonly on: string;
  readonly values: readonly JoinPart[];
}

export const JoinNode = Object.freeze({
  is: (x: unknown): x is JoinNode => (x as JoinNode | undefined)?.kind === "Join",
  create: (on: string, values: readonly JoinPart[]): PipelineVariable<string> & JoinNode =>
    asVariable(makeNode({ kind: "Join", on, values: Object.freeze([...values]) })),
});

/** `Std:Join` of `values` with `separator`, as the SDK's `Join(on=..., values=[...])`. */
export function join(separator: string, values: readonly JoinPart[]): PipelineVariable<string> & JoinNode {
  return JoinNode.create(separator, values);
}

/**
 * Tagged template for strings that contain pipeline variables:
 * s3`s3://${bucket}/${ExecutionVariables.PipelineExecutionId}/out` becomes a `Std:Join` with
 * separator "". Plain interpolated values are folded into the text; with no pipeline variable
 * at all the result is the plain string.
 */
export function str(strings: TemplateStringsArray, ...values: readonly JoinPart[]): string | (PipelineVariable<string> & JoinNode) {
  const parts: JoinPart[] = [];
  let text = strings[0] ?? "";
  values.forEach((v, i) => {
    if (isExpression(v)) {
      if (text) parts.push(text);
      parts.push(v);
      text = "";
    } else {
      text += String(v);
    }
    text += strings[i + 1] ?? "";
  });
  if (text) parts.push(text);
  if (!parts.some(isExpression)) return parts.join("");
  return JoinNode.create("", parts);
}

/** The same tag as `str`, named for S3 URIs. */
export const s3 = str;
