import { UsageError } from "../command.ts";

/** A whole-number flag's value (at least `min`), or undefined when not given; anything else is a UsageError. */
export function integerFlag(command: string, name: string, raw: string | undefined, min: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new UsageError(`sagepipe ${command}: --${name} takes a whole number of at least ${min}, not '${raw}'.`);
  }
  return Number(raw);
}

/** Drops undefined values, so optional settings stay absent. */
export function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}
