import { suite } from "uvu";
import * as assert from "uvu/assert";
import { codeFrame, FRAME_WIDTH } from "./code-frame.ts";

const t = suite("codeFrame");

/** A line of `n` characters, each its column's last digit, so a test can read which column is shown. */
const digits = (n: number) => Array.from({ length: n }, (_, i) => String((i + 1) % 10)).join("");

/** A line of `n` characters in which every piece of 6 or more is found once (`<0000><0001>...`). */
const numbered = (n: number) => Array.from({ length: Math.ceil(n / 6) }, (_, i) => `<${String(i).padStart(4, "0")}>`).join("").slice(0, n);

/** The column (from 1) of the line that the caret of `frame` stands under, and the underline's length. */
function caretAt(frame: readonly string[], line: string): { column: number; length: number } {
  const [shown, caret] = frame.map((l) => l.replace(/^ +\d* \| /, ""));
  const offset = caret!.indexOf("^");
  const cut = shown!.startsWith("…") ? 1 : 0;
  const from = line.indexOf(shown!.slice(cut).replace(/…$/, ""));
  return { column: from + offset - cut + 1, length: caret!.length - offset };
}

t("a short line is shown whole, with the caret under the column", () => {
  assert.equal(codeFrame('  "Version": "2020-12-01",', { line: 2, column: 3 }), ['  2 |   "Version": "2020-12-01",', "    |   ^"]);
});

t("the underline spans the place's length, and stops at the line's end", () => {
  assert.equal(codeFrame("const x = foo.bar;", { line: 10, column: 11, length: 7 }), ["  10 | const x = foo.bar;", "     |           ^^^^^^^"]);
  assert.equal(codeFrame("abc", { line: 1, column: 2, length: 50 }), ["  1 | abc", "    |  ^^"]);
  assert.equal(codeFrame("abc", { line: 1, column: 4 }), ["  1 | abc", "    |    ^"], "a place just past the end");
});

t("a line of exactly the window's width is not cut", () => {
  const line = digits(FRAME_WIDTH);
  assert.is(codeFrame(line, { line: 1, column: FRAME_WIDTH })[0], `  1 | ${line}`);
});

for (const [where, column] of [["near the start", 5], ["in the middle", 2000], ["near the end", 3995]] as const) {
  t(`a 4,000-character line with the place ${where} shows a window of ${FRAME_WIDTH} columns around it`, () => {
    const line = numbered(4000);
    const frame = codeFrame(line, { line: 7, column, length: 3 });
    const shown = frame[0]!.replace(/^ +7 \| /, "");
    const body = shown.replace(/^…/, "").replace(/…$/, "");
    assert.is(body.length, FRAME_WIDTH, "the window's width");
    assert.ok(line.includes(body), "an unchanged piece of the line");
    assert.is(shown.startsWith("…"), column > FRAME_WIDTH / 2, "… where the start is cut");
    assert.is(shown.endsWith("…"), column < 4000 - FRAME_WIDTH / 2, "… where the end is cut");
    assert.equal(caretAt(frame, line), { column, length: 3 }, "the caret under the true column");
  });
}

t("a line a little over the window, with the place in its first columns, keeps its start and loses its end", () => {
  const line = numbered(FRAME_WIDTH + 10);
  for (const column of [1, 60, 100]) {
    const frame = codeFrame(line, { line: 4, column, length: 3 });
    const shown = frame[0]!.replace(/^ +4 \| /, "");
    assert.ok(!shown.startsWith("…") && shown.endsWith("…"), `column ${column}: ${shown}`);
    assert.equal(caretAt(frame, line), { column, length: 3 });
  }
  const late = codeFrame(line, { line: 4, column: FRAME_WIDTH + 5 })[0]!.replace(/^ +4 \| /, "");
  assert.ok(late.startsWith("…") && !late.endsWith("…"), "a place past the window: the start is cut");
});

t("the place in the middle of a long line stands near the middle of the window", () => {
  const frame = codeFrame(digits(4000), { line: 1, column: 2000 });
  const offset = frame[1]!.indexOf("^") - frame[0]!.indexOf("…");
  assert.ok(Math.abs(offset - FRAME_WIDTH / 2) <= 2, `caret at ${offset} of the window`);
});

t("an underline longer than the window is cut at the window's end, with context before it", () => {
  const line = numbered(1000);
  const frame = codeFrame(line, { line: 1, column: 300, length: 500 });
  const { column, length } = caretAt(frame, line);
  assert.is(column, 300);
  assert.ok(length < FRAME_WIDTH && length > FRAME_WIDTH / 2, `${length} carets`);
  assert.ok(frame[1]!.trimEnd().endsWith("^") && frame[0]!.endsWith("…"));
});

t("a width can be asked for", () => {
  const frame = codeFrame(digits(100), { line: 1, column: 50 }, { width: 20 });
  assert.equal(frame, ["  1 | …12345678901234567890…", "    |           ^"]);
});

t("tabs before the place are kept in the caret line, so it lines up", () => {
  assert.equal(codeFrame("\t\tx = 1;", { line: 3, column: 3 }), ["  3 | \t\tx = 1;", "    | \t\t^"]);
});

t("a character written as two code units is not cut in half at the window's ends", () => {
  const line = "😀".repeat(200);
  for (const column of [101, 102, 201, 202]) {
    const shown = codeFrame(line, { line: 1, column }, { width: 41 })[0]!.replace(/^ +1 \| /, "");
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(shown), `no lone surrogate at column ${column}`);
  }
});

t("with colour, the gutter is dim and the underline red", () => {
  assert.equal(codeFrame("ab", { line: 1, column: 2 }, { color: true }), ["  \x1b[2m1 |\x1b[22m ab", "    \x1b[2m|\x1b[22m \x1b[31m ^\x1b[39m"]);
});

t.run();
