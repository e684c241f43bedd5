import { addStepMetadata, type StepMetadata } from "../metadata/step-metadata.ts";
import { placeError, StepError } from "../steps/render-context.ts";
import { internals, isStepArgs, type StepArgs } from "../steps/step-args.ts";

/** Marks a step method's wrapper with the method's name (for depends-on by method reference). */
export const STEP_METHOD = Symbol.for("sagepipe.stepMethod");
const CACHE = Symbol.for("sagepipe.stepCache");

interface InstanceCache {
  readonly done: Map<string, StepArgs>;
  /** The step methods being evaluated, outermost first (for the cycle message)... */
  readonly running: string[];
  /** ...and as a set: a chain of N steps has N running at once. */
  readonly runningSet: Set<string>;
}

function cacheOf(self: object): InstanceCache {
  const holder = self as { [CACHE]?: InstanceCache };
  if (!holder[CACHE]) Object.defineProperty(holder, CACHE, { value: { done: new Map(), running: [], runningSet: new Set() }, enumerable: false });
  return holder[CACHE]!;
}

/** `process` -> `Process`, `mseCond` -> `MseCond`. */
export function defaultStepName(method: string): string {
  return method.charAt(0).toUpperCase() + method.slice(1);
}

/**
 * Wraps a step method so that every call on one instance returns the same step, bound to its
 * name. A method that calls itself through other steps is a cycle, reported by name.
 */
export function wrapStepMethod(className: string, meta: StepMetadata, method: (this: object) => unknown): (this: object) => StepArgs {
  const wrapper = function (this: object): StepArgs {
    const cache = cacheOf(this);
    const hit = cache.done.get(meta.method);
    if (hit) return hit;
    if (cache.runningSet.has(meta.method)) {
      const cycle = [...cache.running.slice(cache.running.indexOf(meta.method)), meta.method];
      throw new StepError(`Steps refer to each other in a cycle: ${cycle.join(" -> ")}. Remove one of these references.`, { method: meta.method });
    }
    cache.running.push(meta.method);
    cache.runningSet.add(meta.method);
    let result: unknown;
    try {
      result = method.call(this);
    } catch (e) {
      placeError(e, { method: meta.method });
      throw e;
    } finally {
      cache.running.pop();
      cache.runningSet.delete(meta.method);
    }
    if (!isStepArgs(result) || !meta.kinds.includes(internals(result).kind)) {
      const got = isStepArgs(result) ? `a ${internals(result).kind} step` : typeof result;
      throw new StepError(`${className}.${meta.method} is decorated ${meta.decorator}() but returns ${got}. Return what a ${meta.kinds.join(" or ")} helper gives.`, { method: meta.method, isMethod: true });
    }
    internals(result).slot.bind(meta.options.name ?? defaultStepName(meta.method), meta.method);
    cache.done.set(meta.method, result);
    return result;
  };
  Object.defineProperty(wrapper, STEP_METHOD, { value: meta.method });
  return wrapper;
}

/** Records a step method on its class and wraps it (legacy `experimentalDecorators` and TC39 decorators alike). */
export function decorateStepMethod(meta: Omit<StepMetadata, "method">, args: unknown[]): unknown {
  const [first, second, third] = args;
  if (typeof second === "object" && second !== null && "kind" in second) {
    // TC39 decorator: (method, context)
    const context = second as { name: string | symbol; kind: string; metadata?: Record<PropertyKey, unknown> };
    const full = { ...meta, method: String(context.name) };
    const list = ((context.metadata ??= {})[STEPS_TC39] ??= []) as StepMetadata[];
    list.push(full);
    return wrapStepMethod("this pipeline", full, first as (this: object) => unknown);
  }
  const target = first as { constructor: Function };
  const descriptor = third as PropertyDescriptor;
  const full = { ...meta, method: String(second) };
  addStepMetadata(target.constructor, full);
  descriptor.value = wrapStepMethod(target.constructor.name, full, descriptor.value as (this: object) => unknown);
  return descriptor;
}

/** Where TC39 decorators leave steps for the class decorator to pick up. */
export const STEPS_TC39 = Symbol.for("sagepipe.tc39Steps");
