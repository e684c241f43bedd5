/** One place where two JSON documents differ. */
export interface JsonDifference {
  /** JSON pointer, e.g. /Steps/0/Arguments/ProcessingInputs/1/S3Input/S3Uri */
  readonly pointer: string;
  readonly ours: unknown;
  readonly theirs: unknown;
}

const escape = (k: string) => k.replace(/~/g, "~0").replace(/\//g, "~1");

/** Every leaf-level difference between two JSON values (order of object keys ignored). */
export function jsonDifferences(ours: unknown, theirs: unknown, pointer = ""): JsonDifference[] {
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    if (ours.length !== theirs.length) return [{ pointer, ours, theirs }];
    return ours.flatMap((v, i) => jsonDifferences(v, theirs[i], `${pointer}/${i}`));
  }
  if (ours && theirs && typeof ours === "object" && typeof theirs === "object" && !Array.isArray(ours) && !Array.isArray(theirs)) {
    const a = ours as Record<string, unknown>;
    const b = theirs as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => jsonDifferences(a[k], b[k], `${pointer}/${escape(k)}`));
  }
  return Object.is(ours, theirs) ? [] : [{ pointer, ours, theirs }];
}
