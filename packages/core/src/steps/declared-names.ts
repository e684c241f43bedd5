import { StepError } from "./render-context.ts";
import type { StepSlot } from "./step-slot.ts";

/** Keys that code inspecting any object may probe (promises, JSON, test frameworks, util.inspect). */
const PROBED = new Set(["then", "toJSON", "constructor", "asymmetricMatch", "$$typeof", "nodeType", "prototype", "inspect", "length"]);

/**
 * A step's map of declared names (`outputs`, `propertyFiles`) that refuses a name the step does
 * not declare: `this.process().outputs.trian` throws, naming `trian` and the declared names,
 * instead of handing `undefined` to the next step.
 */
export function declaredOnly<T extends object>(map: T, what: "outputs" | "propertyFiles", slot: StepSlot): T {
  return new Proxy(map, {
    get(target, key, receiver) {
      if (typeof key === "string" && !(key in target) && !PROBED.has(key)) {
        const names = Object.keys(target);
        const step = slot.method ? `${slot.method}()` : "This step";
        const has = names.length ? `its ${what} are ${names.map((n) => `'${n}'`).join(", ")}` : `it declares no ${what}`;
        throw new StepError(`${what}.${key}: ${step} has no ${what === "outputs" ? "output" : "property file"} '${key}'; ${has}. Use one of those, or declare '${key}' in the step's run({ ${what}: { ... } }).`, { member: key });
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
