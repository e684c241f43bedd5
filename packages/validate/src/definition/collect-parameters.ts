// The parameters a definition declares.
import { childPointer, isObject } from "../json-pointer.ts";

/** One entry of `Parameters`. */
export interface ParameterEntry {
  readonly name: string | undefined;
  /** String, Integer, Float or Boolean when valid. */
  readonly type: string | undefined;
  readonly pointer: string;
  readonly parameter: Readonly<Record<string, unknown>>;
}

/** The parameters of `definition`, in order. */
export function collectParameters(definition: unknown): ParameterEntry[] {
  if (!isObject(definition) || !Array.isArray(definition.Parameters)) return [];
  const out: ParameterEntry[] = [];
  definition.Parameters.forEach((parameter, index) => {
    if (!isObject(parameter)) return;
    out.push({
      name: typeof parameter.Name === "string" ? parameter.Name : undefined,
      type: typeof parameter.Type === "string" ? parameter.Type : undefined,
      pointer: childPointer("/Parameters", index),
      parameter,
    });
  });
  return out;
}
