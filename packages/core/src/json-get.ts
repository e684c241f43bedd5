import { JsonGetNode, type PipelineVariable, type Primitive } from "@sagepipe/expressions";
import type { PropertyFileRef } from "./steps/processing.ts";

/**
 * `Std:JsonGet`: reads `path` from a step's property file
 * (`jsonGet(this.evaluate().propertyFiles.EvaluationReport, "regression_metrics.mse.value")`)
 * or from a JSON document at an S3 URI (`jsonGet({ s3Uri }, path)`).
 *
 * What the path holds is known only at run time, so by default the value takes the type the
 * place of use asks for: `eq(jsonGet(file, "winner"), "A")` compares text,
 * `lte(jsonGet(file, "mse"), 6.0)` numbers (the default `T = never` fits every `Value<T>`).
 * Pin it with `jsonGet<string>(...)` / `jsonGet<number>(...)` to have `tsc` check its uses.
 */
export function jsonGet<T extends Primitive = never>(
  source: PropertyFileRef | { readonly s3Uri: string | PipelineVariable<string> },
  path: string,
): PipelineVariable<NoInfer<T>> & JsonGetNode {
  if ("s3Uri" in source && !("kind" in source)) return JsonGetNode.create<T>({ path, s3Uri: source.s3Uri });
  return JsonGetNode.create<T>({ path, propertyFile: source as PropertyFileRef });
}
