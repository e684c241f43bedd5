import { JsonGetNode, type PipelineVariable, type Primitive } from "@sagepipe/expressions";
import type { PropertyFileRef } from "./steps/processing.ts";

/**
 * `Std:JsonGet`: reads `path` from a step's property file
 * (`jsonGet(this.evaluate().propertyFiles.EvaluationReport, "regression_metrics.mse.value")`)
 * or from a JSON document at an S3 URI (`jsonGet({ s3Uri }, path)`).
 */
export function jsonGet<T extends Primitive = number>(
  source: PropertyFileRef | { readonly s3Uri: string | PipelineVariable<string> },
  path: string,
): PipelineVariable<T> & JsonGetNode {
  if ("s3Uri" in source && !("kind" in source)) return JsonGetNode.create<T>({ path, s3Uri: source.s3Uri });
  return JsonGetNode.create<T>({ path, propertyFile: source as PropertyFileRef });
}
