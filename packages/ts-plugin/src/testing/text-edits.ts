// Text positions of the tsserver protocol (1-based line and offset) and applying its edits.

/** The offset in `text` of a protocol location. */
export function offsetAt(text: string, at: { line: number; offset: number }): number {
  let start = 0;
  for (let line = 1; line < at.line; line++) start = text.indexOf("\n", start) + 1;
  return start + at.offset - 1;
}

/** The protocol location of an offset. */
export function locationOf(text: string, offset: number): { line: number; offset: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, offset: before[before.length - 1]!.length + 1 };
}

export interface ProtocolEdit {
  readonly start: { line: number; offset: number };
  readonly end: { line: number; offset: number };
  readonly newText: string;
}

/** `text` with the edits made (they do not overlap; applied from the last). */
export function applyEdits(text: string, edits: readonly ProtocolEdit[]): string {
  const spans = edits.map((e) => ({ start: offsetAt(text, e.start), end: offsetAt(text, e.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  for (const s of spans) text = text.slice(0, s.start) + s.newText + text.slice(s.end);
  return text;
}
