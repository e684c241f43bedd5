import { imageUri } from "../images/image-ref.ts";
import { processingStep, type ProcessingOutputs, type ProcessingRunArgs, type ProcessingStepArgs, type ProcessorProps } from "../steps/processing.ts";

/** A processor: `.run({...})` gives a processing step's arguments. */
export interface Processor {
  run<O extends ProcessingOutputs = {}, P extends string = never>(args: ProcessingRunArgs<O, P>): ProcessingStepArgs<O, P>;
}

/** A processor for any image (SDK `Processor`, or `ScriptProcessor` when `command` is set). */
export function processor(props: ProcessorProps): Processor {
  return { run: (args) => processingStep(props, args) };
}

/** SDK `ScriptProcessor`: runs `code` with `command` (e.g. ["python3"]) in the image. */
export function scriptProcessor(props: ProcessorProps & { readonly command: readonly string[] }): Processor {
  return processor(props);
}

/** SDK `SKLearnProcessor`: the scikit-learn image of `frameworkVersion`, running `code` with python3. */
export function sklearnProcessor(props: Omit<ProcessorProps, "image" | "command"> & { readonly frameworkVersion: string; readonly pyVersion?: string }): Processor {
  const { frameworkVersion, pyVersion, ...rest } = props;
  return processor({
    ...rest,
    image: imageUri({ framework: "sklearn", version: frameworkVersion, ...(pyVersion ? { pyVersion } : {}) }),
    command: ["python3"],
  });
}
