import "./reflect-metadata.ts";
import type { StepKind } from "../steps/step-args.ts";
import type { StepRetry } from "../steps/model-step-retry.ts";
import type { StepOptions } from "../steps/step-options.ts";

/** Where step decorators record their steps on the class. */
export const STEPS_METADATA = "sagepipe:steps";

/** One step method as its decorator recorded it. */
export interface StepMetadata {
  /** The method's name. */
  readonly method: string;
  /** The decorator's name, for messages (`@Processing`). */
  readonly decorator: string;
  /** The step kinds this decorator accepts. */
  readonly kinds: readonly StepKind[];
  readonly options: StepOptions<any, StepRetry>;
}

/** Records one step method on its class (appends to the class's own list: linear in the step count). */
export function addStepMetadata(cls: Function, step: StepMetadata): void {
  const own = Reflect.getOwnMetadata(STEPS_METADATA, cls) as StepMetadata[] | undefined;
  if (own) own.push(Object.freeze(step));
  else Reflect.defineMetadata(STEPS_METADATA, [Object.freeze(step)], cls);
}

/** The class's step methods, base classes first; a method redeclared in a subclass replaces the base's. */
export function getStepMetadata(cls: Function): readonly StepMetadata[] {
  const chain: Function[] = [];
  for (let c: unknown = cls; typeof c === "function" && c !== Function.prototype; c = Object.getPrototypeOf(c)) chain.unshift(c);
  const byMethod = new Map<string, StepMetadata>();
  for (const c of chain) {
    for (const s of (Reflect.getOwnMetadata(STEPS_METADATA, c) as StepMetadata[] | undefined) ?? []) {
      byMethod.delete(s.method);
      byMethod.set(s.method, s);
    }
  }
  return [...byMethod.values()];
}
