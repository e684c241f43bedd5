import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Json, ParameterDefinition } from "../definition/definition-types.ts";
import type { ParameterValue } from "../expressions/expression-scope.ts";
import type { ObjectStore } from "../store/object-store.ts";

/** A parameter value as given on the command line or by a caller. */
export type GivenValue = string | number | boolean;

/** Parameters resolved for a run. */
export interface ResolvedParameters {
  readonly values: ReadonlyMap<string, ParameterValue>;
  /** Parameter name to the local path that was copied into the store for it. */
  readonly imports: Readonly<Record<string, string>>;
  readonly problems: readonly string[];
}

function convert(p: ParameterDefinition, given: GivenValue): { value: Json } | { error: string } {
  const text = String(given);
  switch (p.Type) {
    case "Integer": {
      const n = typeof given === "number" ? given : Number(text);
      return Number.isInteger(n) && text.trim() !== "" ? { value: n } : { error: `expects an Integer, got '${text}'` };
    }
    case "Float": {
      const n = typeof given === "number" ? given : Number(text);
      return Number.isFinite(n) && text.trim() !== "" ? { value: n } : { error: `expects a Float, got '${text}'` };
    }
    case "Boolean":
      if (given === true || text === "true") return { value: true };
      if (given === false || text === "false") return { value: false };
      return { error: `expects true or false, got '${text}'` };
    default:
      return { value: text };
  }
}

/** The local path a given String value names, if it names one (a file:// URI, or an existing path). */
export function localPathOf(value: string, cwd: string): string | undefined {
  if (value.includes("://") && !value.startsWith("file://")) return undefined;
  if (value === "") return undefined;
  const path = value.startsWith("file://") ? fileURLToPath(value) : resolve(cwd, value);
  return existsSync(path) ? path : undefined;
}

/**
 * Resolves the run's parameters: given values (converted to the parameter's type; local files
 * copied into the store) or defaults. Problems name the parameter and what to pass.
 */
export async function resolveParameters(
  definitions: readonly ParameterDefinition[],
  given: Readonly<Record<string, GivenValue>>,
  store: ObjectStore,
  cwd: string,
): Promise<ResolvedParameters> {
  const problems: string[] = [];
  const names = new Set(definitions.map((d) => d.Name));
  for (const name of Object.keys(given)) {
    if (!names.has(name)) {
      problems.push(`--param ${name}: the pipeline has no parameter '${name}' (it has: ${[...names].join(", ") || "none"})`);
    }
  }
  const values = new Map<string, ParameterValue>();
  const imports: Record<string, string> = {};
  for (const p of definitions) {
    const raw = given[p.Name];
    if (raw === undefined) {
      if (p.DefaultValue === undefined) problems.push(`--param ${p.Name}: required (the parameter has no default); pass --param ${p.Name}=<${p.Type.toLowerCase()}>`);
      else values.set(p.Name, { type: p.Type, value: p.DefaultValue });
      continue;
    }
    const converted = convert(p, raw);
    if ("error" in converted) {
      problems.push(`--param ${p.Name}: ${p.Type} parameter ${converted.error}`);
      continue;
    }
    let value = converted.value;
    const local = p.Type === "String" && typeof value === "string" ? localPathOf(value, cwd) : undefined;
    if (local) {
      value = await store.importLocal(local);
      imports[p.Name] = local;
    } else if (p.Type === "String" && typeof value === "string" && value.startsWith("file://")) {
      problems.push(`--param ${p.Name}: ${value} does not exist`);
    }
    if (p.EnumValues && !p.EnumValues.some((e) => e === value)) {
      problems.push(`--param ${p.Name}: '${String(value)}' is not one of ${p.EnumValues.map(String).join(", ")}`);
    }
    values.set(p.Name, { type: p.Type, value });
  }
  return { values, imports, problems };
}
