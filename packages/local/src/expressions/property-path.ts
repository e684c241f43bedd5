/** One step of a property path: `.Name`, `['key']` or `[0]`. */
export type PathSegment =
  | { readonly kind: "field"; readonly name: string }
  | { readonly kind: "key"; readonly key: string }
  | { readonly kind: "index"; readonly index: number };

/** A parsed `Steps.<Name>.<path>` reference. */
export interface StepReference {
  readonly step: string;
  readonly path: readonly PathSegment[];
}

const SEGMENT = /^(?:\.([^.[\]\s]+)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[\s*(-?\d+)\s*\])/;

/** Parses the part after the root name (`.A.B['k'][0]`); undefined when it does not parse. */
export function parsePathSegments(text: string): PathSegment[] | undefined {
  const out: PathSegment[] = [];
  let rest = text;
  while (rest.length > 0) {
    const m = SEGMENT.exec(rest);
    if (!m) return undefined;
    if (m[1] !== undefined) out.push({ kind: "field", name: m[1] });
    else if (m[2] !== undefined) out.push({ kind: "key", key: m[2] });
    else if (m[3] !== undefined) out.push({ kind: "key", key: m[3] });
    else out.push({ kind: "index", index: Number(m[4]) });
    rest = rest.slice(m[0].length);
  }
  return out;
}

/** Parses `Steps.X.A.B`; undefined when the text is not a step reference. */
export function parseStepReference(text: string): StepReference | undefined {
  const m = /^Steps\.([A-Za-z0-9_-]+)(.*)$/.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const path = parsePathSegments(m[2] ?? "");
  return path ? { step: m[1], path } : undefined;
}

/** Renders segments back to text, for messages. */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((s) => (s.kind === "field" ? `.${s.name}` : s.kind === "key" ? `['${s.key}']` : `[${s.index}]`))
    .join("");
}
