import { setPipelineMetadata, type PipelineOptions } from "../metadata/pipeline-metadata.ts";
import { addStepMetadata, type StepMetadata } from "../metadata/step-metadata.ts";
import { STEPS_TC39 } from "./step-method.ts";

/**
 * Declares a pipeline class: its fields are parameters, its decorated methods are steps.
 * `@Pipeline({ name: "AbalonePipeline", region: "us-east-1", bucket: "my-bucket" })`; give the
 * class as `Self` (`@Pipeline<MyPipeline>({...})`) when an option reads its fields.
 */
export function Pipeline<Self = any>(options: PipelineOptions<Self>) {
  return (cls: Function, context?: unknown): void => {
    setPipelineMetadata(cls, options);
    const metadata = (context as { metadata?: Record<PropertyKey, unknown> } | undefined)?.metadata;
    for (const step of (metadata?.[STEPS_TC39] as StepMetadata[] | undefined) ?? []) addStepMetadata(cls, step);
  };
}
