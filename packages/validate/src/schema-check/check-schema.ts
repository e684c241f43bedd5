// Runs the compiled schema validator and turns its errors into issues.
import type { StepEntry } from "../definition/collect-steps.ts";
import { validate } from "../schema/definition-validator.js";
import type { SchemaNavigator } from "../schema-navigator.ts";
import type { ValidationIssue } from "../validation-issue.ts";
import { describeSchemaError } from "./describe-schema-error.ts";
import { reduceSchemaErrors } from "./reduce-schema-errors.ts";

/** Schema problems of `definition`, one per mistake. */
export function checkSchema(definition: unknown, schema: SchemaNavigator, steps: readonly StepEntry[]): ValidationIssue[] {
  if (validate(definition)) return [];
  const reduced = reduceSchemaErrors(validate.errors ?? [], definition, schema);
  return reduced.map((r) => describeSchemaError({ definition, schema, steps }, r));
}
