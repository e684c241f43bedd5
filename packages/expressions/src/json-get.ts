import { captureCallSite } from "./call-site.ts";
import type { PropertyNode } from "./property.ts";
import { asVariable, makeNode, type PipelineVariable, type Primitive } from "./variable.ts";

/** `{"Std:JsonGet": {"PropertyFile": {Get: ...}, "Path": ...}}` or with `"S3Uri"` instead. */
export interface JsonGetNode {
  readonly kind: "JsonGet";
  readonly path: string;
  /** `Steps.<step>.PropertyFiles.<name>` when reading a step's property file. */
  readonly propertyFile?: PropertyNode;
  /** The JSON document's S3 URI when reading it directly. */
  readonly s3Uri?: string | PipelineVariable<string>;
}

export const JsonGetNode = Object.freeze({
  is: (x: unknown): x is JsonGetNode => (x as JsonGetNode | undefined)?.kind === "JsonGet",
  create<T extends Primitive = Primitive>(
    fields: { path: string; propertyFile: PropertyNode } | { path: string; s3Uri: string | PipelineVariable<string> },
  ): PipelineVariable<T> & JsonGetNode {
    return asVariable(makeNode({ kind: "JsonGet", ...fields }, captureCallSite()));
  },
});
