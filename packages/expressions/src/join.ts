import { captureCallSite } from "./call-site.ts";
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
    asVariable(makeNode({ kind: "Join", on, values: Object.freeze([...values]) }, captureCallSite())),
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
  if (!Array.isArray(strings)) throw new TypeError(TAG_CALLED_AS_FUNCTION);
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

/** Thrown when `s3("...")` or `str("...")` is called instead of used as a tag. */
export const TAG_CALLED_AS_FUNCTION =
  "s3 and str are template tags: write s3`s3://${bucket}/data` (no parentheses), or join(\"\", [...]) to build the text from a list.";

/** The same tag as `str`, named for S3 URIs. */
export const s3 = str;
