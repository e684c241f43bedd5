import type { Json, ParameterDefinition } from "../definition/definition-types.ts";

/** A problem found while resolving a value: where (JSON pointer) and what. */
export interface Problem {
  readonly pointer: string;
  readonly message: string;
}

/** A resolved pipeline parameter. */
export interface ParameterValue {
  readonly type: ParameterDefinition["Type"];
  readonly value: Json;
}

/** A lookup that either found a value or says why not. */
export type Lookup = { readonly value: Json } | { readonly error: string };

/** What expressions can see while a step's arguments are resolved. */
export interface ExpressionScope {
  /** A pipeline parameter, or undefined when the pipeline has none of that name. */
  parameter(name: string): ParameterValue | undefined;
  /** An execution variable (`PipelineExecutionId`, ...), or undefined when unknown. */
  execution(name: string): Json | undefined;
  /** The properties of a finished step, or why they are not available. */
  stepProperties(step: string): Lookup;
  /** A property file of a finished step, parsed as JSON. */
  readPropertyFile(step: string, propertyFile: string): Lookup;
  /** A JSON object from the local object store. */
  readS3Json(uri: string): Lookup;
}
