/** A parameter as the definition declares it. */
export interface DeclaredParameter {
  readonly name: string;
  readonly type: "String" | "Integer" | "Float" | "Boolean";
  readonly defaultValue?: unknown;
  readonly enumValues?: readonly string[];
}

const TYPES = new Set(["String", "Integer", "Float", "Boolean"]);

/** The parameters a definition declares (its `Parameters` list), in order; unknown types are read as String. */
export function declaredParameters(definition: unknown): DeclaredParameter[] {
  const list = (definition as { Parameters?: unknown } | undefined)?.Parameters;
  if (!Array.isArray(list)) return [];
  return list.flatMap((p: { Name?: unknown; Type?: unknown; DefaultValue?: unknown; EnumValues?: unknown }) => {
    if (!p || typeof p.Name !== "string") return [];
    const type = typeof p.Type === "string" && TYPES.has(p.Type) ? (p.Type as DeclaredParameter["type"]) : "String";
    return [{
      name: p.Name,
      type,
      ...("DefaultValue" in p && p.DefaultValue !== null ? { defaultValue: p.DefaultValue } : {}),
      ...(Array.isArray(p.EnumValues) ? { enumValues: p.EnumValues.map(String) } : {}),
    }];
  });
}

/**
 * Parses `Name=value` arguments (the first `=` splits; the value may contain more).
 * Returns the values and the problems (malformed or repeated names).
 */
export function parseParameterArgs(args: readonly string[]): { values: Record<string, string>; problems: string[] } {
  const values: Record<string, string> = {};
  const problems: string[] = [];
  for (const arg of args) {
    const eq = arg.indexOf("=");
    if (eq <= 0) {
      problems.push(`--param '${arg}': expected Name=value.`);
      continue;
    }
    const name = arg.slice(0, eq);
    if (name in values) problems.push(`--param ${name}: given twice; keep one.`);
    values[name] = arg.slice(eq + 1);
  }
  return { values, problems };
}

/** Checks one value against its declared type; returns the value to send (Booleans normalised) or a problem. */
function checkValue(p: DeclaredParameter, raw: string): { value: string } | { problem: string } {
  switch (p.type) {
    case "Integer":
      return /^[+-]?\d+$/.test(raw.trim()) ? { value: String(Number.parseInt(raw, 10)) } : { problem: `${p.name} is an Integer parameter; '${raw}' is not a whole number.` };
    case "Float":
      return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw.trim()) ? { value: raw.trim() } : { problem: `${p.name} is a Float parameter; '${raw}' is not a number.` };
    case "Boolean": {
      const v = raw.trim().toLowerCase();
      return v === "true" || v === "false" ? { value: v } : { problem: `${p.name} is a Boolean parameter; use true or false, not '${raw}'.` };
    }
    case "String":
      if (p.enumValues && !p.enumValues.includes(raw)) return { problem: `${p.name} must be one of ${p.enumValues.join(", ")}; got '${raw}'.` };
      return raw.length > 1024 ? { problem: `${p.name}: ${raw.length} characters, over SageMaker's 1024.` } : { value: raw };
  }
}

/**
 * Checks values for a run against the declared parameters: unknown names, type mismatches,
 * values outside EnumValues, and parameters without a default that were not given.
 * Returns the PipelineParameters to send (in declaration order) and the problems.
 */
export function checkParameterValues(
  declared: readonly DeclaredParameter[],
  values: Readonly<Record<string, string>>,
): { parameters: { Name: string; Value: string }[]; problems: string[] } {
  const problems: string[] = [];
  const known = new Map(declared.map((p) => [p.name, p]));
  const names = declared.map((p) => p.name).join(", ") || "(none)";
  for (const name of Object.keys(values)) {
    if (!known.has(name)) problems.push(`unknown parameter '${name}'. The pipeline declares: ${names}.`);
  }
  const parameters: { Name: string; Value: string }[] = [];
  for (const p of declared) {
    const raw = values[p.name];
    if (raw === undefined) {
      if (p.defaultValue === undefined) problems.push(`${p.name} has no default value; pass --param ${p.name}=<${p.type}>.`);
      continue;
    }
    const checked = checkValue(p, raw);
    if ("problem" in checked) problems.push(checked.problem);
    else parameters.push({ Name: p.name, Value: checked.value });
  }
  return { parameters, problems };
}
