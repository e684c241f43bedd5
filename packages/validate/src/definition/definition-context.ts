// What the semantic checks share: the steps, parameters and Gets of one definition, indexed.
import { definitionSchema, propertyTrees, type PropertyTrees } from "../schema-data.ts";
import { SchemaNavigator } from "../schema-navigator.ts";
import { collectParameters, type ParameterEntry } from "./collect-parameters.ts";
import { collectSteps, type StepEntry } from "./collect-steps.ts";
import { findGets, type GetReference } from "./find-gets.ts";

/** One definition, pre-digested for the checks. */
export interface DefinitionContext {
  readonly definition: unknown;
  /** All steps, nested ones included, in document order. */
  readonly steps: readonly StepEntry[];
  /** Steps by name (the first one, when names repeat). */
  readonly stepsByName: ReadonlyMap<string, StepEntry>;
  readonly parameters: readonly ParameterEntry[];
  readonly parametersByName: ReadonlyMap<string, ParameterEntry>;
  readonly gets: readonly GetReference[];
  readonly schema: SchemaNavigator;
  readonly properties: PropertyTrees;
}


const firstByName = <T extends { readonly name: string | undefined }>(entries: readonly T[]): Map<string, T> => {
  const map = new Map<string, T>();
  for (const entry of entries) if (entry.name !== undefined && !map.has(entry.name)) map.set(entry.name, entry);
  return map;
};

/** Indexes `definition` (any JSON value; malformed parts are skipped). */
export function definitionContext(definition: unknown): DefinitionContext {
  const steps = collectSteps(definition);
  const parameters = collectParameters(definition);
  return {
    definition,
    steps,
    stepsByName: firstByName(steps),
    parameters,
    parametersByName: firstByName(parameters),
    gets: findGets(definition, steps),
    // One navigator per validation: it remembers how values of this definition settle.
    schema: new SchemaNavigator(definitionSchema()),
    properties: propertyTrees(),
  };
}

/** Upper-cases the first letter (for labels starting a sentence). */
export function capitalize(text: string): string {
  return `${text[0]?.toUpperCase() ?? ""}${text.slice(1)}`;
}

/** `step "Train" (Training)`, or `a step` when it has no usable name. */
export function stepLabel(step: StepEntry | undefined): string {
  if (!step) return "the definition";
  return step.name !== undefined ? `step "${step.name}"${step.type ? ` (${step.type})` : ""}` : "a step";
}
