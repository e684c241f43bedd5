import { setPipelineMetadata, type PipelineOptions } from "../metadata/pipeline-metadata.ts";
import { addStepMetadata, type StepMetadata } from "../metadata/step-metadata.ts";
import { STEPS_TC39 } from "./step-method.ts";

/**
 * Declares a pipeline class: its fields are parameters, its decorated methods are steps.
 * `@Pipeline({ name: "AbalonePipeline", region: "us-east-1", bucket: "my-bucket" })`
 */
export function Pipeline(options: PipelineOptions) {
  return (cls: Function, context?: unknown): void => {
    setPipelineMetadata(cls, options);
    const metadata = (context as { metadata?: Record<PropertyKey, unknown> } | undefined)?.metadata;
    for (const step of (metadata?.[STEPS_TC39] as StepMetadata[] | undefined) ?? []) addStepMetadata(cls, step);
  };
}
