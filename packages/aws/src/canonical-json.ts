/** JSON text with object keys sorted at every level, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/**
 * Parses a definition that came back from SageMaker. DescribePipeline returns a string; some
 * compatible servers return the object itself. Undefined when it is neither.
 */
export function parseLiveDefinition(definition: unknown): unknown {
  if (typeof definition === "string") {
    try {
      return JSON.parse(definition);
    } catch {
      return undefined;
    }
  }
  return definition && typeof definition === "object" ? definition : undefined;
}

/** True when two definitions are the same JSON value, whatever their key order or spacing. */
export function sameDefinition(a: unknown, b: unknown): boolean {
  return a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b);
}
