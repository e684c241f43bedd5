import { existsSync } from "node:fs";
import type { Json, ParameterDefinition } from "../definition/definition-types.ts";
import type { ParameterValue } from "../expressions/expression-scope.ts";
import { fileUriPath } from "../store/local-import.ts";
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

/**
 * Resolves the run's parameters: given values (converted to the parameter's type) or defaults.
 * Only a String value written as a `file://` URI names a local file or folder, which is copied
 * into the store and replaced by its `s3://` URI; any other value is text, even one that happens
 * to name an existing path. Problems name the parameter, its value and what to pass.
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
    const named = p.Type === "String" && typeof value === "string" ? fileUriPath(value, cwd) : undefined;
    if (named && "error" in named) {
      problems.push(`--param ${p.Name}=${String(raw)}: ${named.error}`);
      continue;
    }
    if (named) {
      if (!existsSync(named.path)) {
        problems.push(`--param ${p.Name}=${String(raw)}: ${named.path} does not exist`);
        continue;
      }
      try {
        value = await store.importLocal(named.path);
        imports[p.Name] = named.path;
      } catch (e) {
        if (typeof (e as { exitCode?: unknown }).exitCode !== "number") throw e;
        problems.push(`--param ${p.Name}=${String(raw)}: ${(e as Error).message}`);
        continue;
      }
    }
    if (p.EnumValues && !p.EnumValues.some((e) => e === value)) {
      problems.push(`--param ${p.Name}: '${String(value)}' is not one of ${p.EnumValues.map(String).join(", ")}`);
    }
    values.set(p.Name, { type: p.Type, value });
  }
  return { values, imports, problems };
}
