import type { StepSlot } from "./step-slot.ts";
import type { RenderContext } from "./render-context.ts";

import type { StepKind, StepType } from "@sagepipe/expressions";

// Both unions come from the one table of step kinds (@sagepipe/expressions step-kinds.ts).
export type { StepKind, StepType };

/** One step as the definition holds it, before the common options are added. */
export interface RenderedStep {
  readonly Name: string;
  readonly Type: StepType;
  readonly Arguments: unknown;
}

/** Marks step arguments, across copies of this package. */
export const STEP_ARGS = Symbol.for("sagepipe.stepArgs");

/**
 * What a step method returns: the step's arguments, its identity, and how to render it.
 * A kind that expands to several steps (model steps with a repack) renders them all.
 */
export interface StepArgs<K extends StepKind = StepKind> {
  readonly [STEP_ARGS]: StepInternals<K>;
}

export interface StepInternals<K extends StepKind = StepKind> {
  readonly kind: K;
  readonly slot: StepSlot;
  /** Values whose expressions make data dependencies (walked for property references). */
  readonly inputs: () => unknown;
  /** Property files the step declares (name and the output that holds each). */
  readonly propertyFiles?: () => readonly { readonly name: string; readonly output: string }[];
  /** Output names the step declares (processing). */
  readonly outputNames?: () => readonly string[];
  /** Steps nested in this one (condition branches), in order. */
  readonly branches?: () => { readonly ifSteps: readonly StepArgs[]; readonly elseSteps: readonly StepArgs[] };
  /** The definition's step objects for this step; `name` is the step's name. */
  readonly render: (ctx: RenderContext, renderNested: (step: StepArgs) => readonly unknown[]) => readonly RenderedStep[];
}

export function isStepArgs(x: unknown): x is StepArgs {
  return typeof x === "object" && x !== null && STEP_ARGS in x;
}

export function internals<K extends StepKind>(args: StepArgs<K>): StepInternals<K> {
  return args[STEP_ARGS];
}
