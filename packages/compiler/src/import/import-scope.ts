// What writing one step or value needs to know about the rest of the pipeline being imported.
import type { Code } from "./ts-code.ts";

/** A parameter of the imported definition and the class field that declares it. */
export interface ImportedParameter {
  readonly name: string;
  readonly type: "String" | "Integer" | "Float" | "Boolean";
  readonly field: string;
}

/** A step of the imported definition and the method that returns it. */
export interface ImportedStep {
  readonly name: string;
  readonly type: string;
  readonly method: string;
  /** The name the decorator gives it (the step's name without a suffix its kind adds). */
  readonly decoratedName: string;
}

/** Why a value or step cannot be written as sagepipe: the JSON pointer and the reason. */
export class CannotImport extends Error {
  constructor(
    readonly pointer: string,
    readonly reason: string,
  ) {
    super(`${pointer}: ${reason}`);
  }
}

/** The names in reach while writing code, and what the file must import and declare. */
export interface ImportScope {
  /** How the class instance is named where the code goes: `this` in methods, `self` in option callbacks. */
  readonly self: string;
  /** The pipeline's name (as `@Pipeline({ name })` gives it). */
  readonly pipelineName: string;
  readonly parameter: (name: string) => ImportedParameter | undefined;
  readonly step: (name: string) => ImportedStep | undefined;
  /** True when the step is written verbatim (verbatimStep: no helper's own members, such as an AutoML step's bestModel()). */
  readonly keptVerbatim: (name: string) => boolean;
  /** The OutputType of a Lambda or Callback step's output (`String`, `Integer`, ...), when the step declares it. */
  readonly outputType: (step: string, output: string) => string | undefined;
  /** Code reading a step's property (`Steps.<step>.<property>`), in the step kind's own terms when it has them. */
  readonly stepProperty: (step: ImportedStep, property: string, pointer: string) => string;
  /** Records an import from @sagepipe/core and returns its name. */
  readonly use: (name: string) => string;
  /** A module-level constant holding `value` (one per distinct value and kind: `role`, `image`, ...). */
  readonly constant: (kind: string, value: Code) => string;
  /** Records that a step needs the pipeline's region (a helper derives its image from it); one region per pipeline. */
  readonly useRegion: (region: string, pointer: string) => void;
  /**
   * With --fetch-code: records that the code at `uri` is downloaded for `step` (as `file`, or
   * unpacked into the step's folder when `unpack`) and returns its path as the class writes it.
   */
  readonly fetchCode?: (uri: string, step: string, file: string, unpack: boolean) => string;
  /**
   * With --fetch-code: the text of a small S3 object that decides how a step is written (a framework
   * processor's launcher), or undefined when it has not been read yet (the import result then lists
   * it in `reads`, and the caller imports again with its text).
   */
  readonly readText?: (uri: string) => string | undefined;
  /** The role the definition's jobs run with (its first RoleArn), for helpers that need a role the step does not hold (model registration). */
  readonly role?: string;
  /** The default S3 location of a processing output, when the pipeline's name and bucket are known. */
  readonly defaultOutput?: { readonly bucket: string; readonly pipelineName: string };
  /** The definition's jobs hold their names: the pipeline gets `definitionConfig: { useCustomJobPrefix: true }`. */
  readonly keepsJobNames?: boolean;
}

/** The same scope, seen from code that reads the instance as `self`. */
export function withSelf(scope: ImportScope, self: string): ImportScope {
  return { ...scope, self };
}
