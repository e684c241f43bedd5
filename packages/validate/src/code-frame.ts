// The one code frame of every diagnostic, the compiler's and the validator's: the source line
// under a gutter with its number, and a caret (or an underline of the span) under the place.
// A line longer than the window is cut to about `width` columns: from its start when the place
// is in its first columns, else around the place, with `…` at each cut end, so a generated or minified line of thousands of characters stays readable;
// the `file:line:col` the caller prints above it keeps the true column.

/** The place a frame points at, on its line. */
export interface FramePlace {
  /** Line number, from 1 (shown in the gutter). */
  readonly line: number;
  /** Column, from 1, in UTF-16 code units (TypeScript's and JSON.parse's columns). */
  readonly column: number;
  /** Characters to underline from `column`. @default 1 */
  readonly length?: number;
}

/** How to draw a frame. */
export interface CodeFrameOptions {
  /** Colour for a terminal: the gutter dim, the underline red. @default false */
  readonly color?: boolean;
  /** Columns of a long line shown around the place (the `…` marks come on top). @default 120 */
  readonly width?: number;
}

/** Columns of a long line shown around the place. */
export const FRAME_WIDTH = 120;

const ELLIPSIS = "…";
const red = (s: string, on: boolean) => (on ? `\x1b[31m${s}\x1b[39m` : s);
const dim = (s: string, on: boolean) => (on ? `\x1b[2m${s}\x1b[22m` : s);
const clamp = (n: number, low: number, high: number) => Math.max(low, Math.min(high, n));
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Start and end (exclusive) of the part of a `length`-long line shown for a span at `start`. */
function windowOf(lineLength: number, start: number, spanLength: number, width: number): [number, number] {
  if (lineLength <= width) return [0, lineLength];
  // The line's start (its indentation, the call or key it begins with) is kept while the span
  // ends well inside the first window's width: only the end is cut.
  if (start + spanLength + Math.floor(width / 8) <= width) return [0, width];
  // Half the room left by the span goes before it; a span wider than the window keeps a quarter.
  const before = Math.max(Math.floor((width - spanLength) / 2), Math.floor(width / 4));
  const from = clamp(start - before, 0, lineLength - width);
  return [from, from + width];
}

/**
 * The two lines of a frame: `  12 | <the line>` and `     | <caret>`, the caret under
 * `place.column` and as long as `place.length` (at least one `^`, at most to the line's or the
 * window's end). Tabs before the place are kept in the caret line, so it lines up in a terminal.
 */
export function codeFrame(text: string, place: FramePlace, options: CodeFrameOptions = {}): string[] {
  const color = options.color ?? false;
  const start = clamp(place.column - 1, 0, text.length);
  const spanLength = Math.max(1, Math.min(place.length ?? 1, text.length - start));
  let [from, to] = windowOf(text.length, start, spanLength, options.width ?? FRAME_WIDTH);
  // Never cut a character written as two code units (an emoji, a rare CJK character) in half.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  const cutBefore = from > 0 ? ELLIPSIS : "";
  const cutAfter = to < text.length ? ELLIPSIS : "";
  const shown = `${cutBefore}${text.slice(from, to)}${cutAfter}`;
  const pad = (cutBefore ? " " : "") + text.slice(from, start).replace(/[^\t]/g, " ");
  const underline = pad + "^".repeat(Math.max(1, Math.min(spanLength, to - start)));
  const gutter = String(place.line);
  return [`  ${dim(`${gutter} |`, color)} ${shown}`, `  ${" ".repeat(gutter.length)} ${dim("|", color)} ${red(underline, color)}`];
}
