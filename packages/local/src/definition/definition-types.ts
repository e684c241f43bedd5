/** A JSON value as it appears in a pipeline definition. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** A JSON object. */
export type JsonObject = { readonly [key: string]: Json };

/** One entry of the definition's `Parameters` list. */
export interface ParameterDefinition {
  readonly Name: string;
  readonly Type: "String" | "Integer" | "Float" | "Boolean";
  readonly DefaultValue?: Json;
  readonly EnumValues?: readonly Json[];
}

/** A step's `CacheConfig`. */
export interface CacheConfigDefinition {
  readonly Enabled: boolean;
  /** ISO 8601 duration, e.g. `P30D`, `PT1H`; absent means the entry never expires. */
  readonly ExpireAfter?: string;
}

/** A step's entry in `PropertyFiles`. */
export interface PropertyFileDefinition {
  readonly PropertyFileName: string;
  readonly OutputName: string;
  readonly FilePath: string;
}

/** One step as the definition holds it. */
export interface StepDefinition {
  readonly Name: string;
  readonly Type: string;
  readonly Arguments: JsonObject;
  readonly DependsOn?: readonly string[];
  readonly DisplayName?: string;
  readonly Description?: string;
  readonly CacheConfig?: CacheConfigDefinition;
  readonly PropertyFiles?: readonly PropertyFileDefinition[];
}

/** The pipeline definition document (version 2020-12-01). */
export interface PipelineDefinition {
  readonly Version: string;
  readonly Parameters: readonly ParameterDefinition[];
  readonly Steps: readonly StepDefinition[];
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
