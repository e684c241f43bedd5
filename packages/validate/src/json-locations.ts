// Line and column of every JSON pointer in a JSON text, for `file:line:col` in messages.
// Object members point at their key, array items at their value.

/** A 1-based position in a text. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** 1-based line and column of character `offset` in `text`. */
export function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}

/** Offsets of every pointer in `text` (which must be valid JSON); partial on malformed input. */
export function locatePointers(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let i = 0;
  const skip = () => {
    while (i < text.length && " \t\r\n".includes(text[i] as string)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const escape = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");
  // A loop with a stack of open containers (no recursion: any depth of nesting is read).
  const open: { readonly pointer: string; readonly array: boolean; index: number }[] = [];
  let pointer = "";
  let at = -1;
  try {
    for (;;) {
      skip();
      if (!offsets.has(pointer)) offsets.set(pointer, at < 0 ? i : at);
      const c = text[i];
      if (c === "{" || c === "[") {
        i++;
        open.push({ pointer, array: c === "[", index: 0 });
      } else if (c === '"') readString();
      else {
        const start = i;
        while (i < text.length && !",}] \t\r\n".includes(text[i] as string)) i++;
        if (i === start) i++; // malformed input: always move on
      }
      for (;;) {
        const top = open[open.length - 1];
        skip();
        if (!top || i >= text.length) return offsets;
        if (text[i] === "}" || text[i] === "]") {
          i++;
          open.pop();
          continue;
        }
        if (text[i] === ",") {
          i++;
          skip();
        }
        if (top.array) {
          pointer = `${top.pointer}/${top.index++}`;
          at = -1;
        } else {
          at = i;
          const key = readString();
          skip();
          i++; // ':'
          pointer = `${top.pointer}/${escape(key)}`;
        }
        break;
      }
    }
  } catch {
    // malformed input: keep what was found
  }
  return offsets;
}

/** The position of `pointer` in `text`, or of its nearest ancestor that exists. */
export function locatePointer(offsets: ReadonlyMap<string, number>, text: string, pointer: string): TextPosition {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
    const offset = offsets.get(p);
    if (offset !== undefined) return positionOf(text, offset);
    if (p === "") return { line: 1, column: 1 };
  }
}
