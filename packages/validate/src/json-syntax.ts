// Finds the first syntax error in a JSON text, with its offset: JSON.parse's own messages do
// not always say where (Node 20: `Unexpected token ',', ..."x" is not valid JSON`).

/** What is wrong and at which character. */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly problem: string;
}

class SyntaxProblem extends Error {
  constructor(readonly offset: number, problem: string) {
    super(problem);
  }
}

/** A JSON literal, matched where it starts (`lastIndex`). */
const LITERAL = /true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (problem: string): never => {
    throw new SyntaxProblem(i, i >= text.length ? `${problem} but the file ends` : `${problem} but found ${JSON.stringify(text[i])}`);
  };
  const skip = () => {
    while (i < text.length && " \t\r\n".includes(text[i] as string)) i++;
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail("expected a closing '\"' (strings cannot span lines)");
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail("expected 4 hex digits after \\u");
          i += 5;
        } else if (i < text.length && '"\\/bfnrt'.includes(text[i] as string)) i++;
        else fail("expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
      } else i++;
    }
    if (i >= text.length) fail("expected a closing '\"'");
    i++;
  };
  const key = () => {
    skip();
    if (text[i] !== '"') fail("expected a key in double quotes");
    string();
    skip();
    if (text[i] !== ":") fail("expected ':' after the key");
    i++;
  };
  const scalar = () => {
    if (text[i] === '"') return string();
    LITERAL.lastIndex = i;
    const literal = LITERAL.exec(text)?.[0];
    if (!literal) fail("expected a value (object, array, string, number, true, false or null)");
    i += (literal as string).length;
  };
  // A loop with a stack of open containers (no recursion: any depth of nesting is read).
  const value = (): void => {
    const open: ("{" | "[")[] = [];
    for (;;) {
      skip();
      const c = text[i];
      if (c === "{" || c === "[") {
        i++;
        skip();
        if (text[i] === (c === "{" ? "}" : "]")) i++;
        else {
          open.push(c);
          if (c === "{") key();
          continue;
        }
      } else scalar();
      for (;;) {
        const top = open[open.length - 1];
        if (!top) return;
        skip();
        if (text[i] === ",") {
          i++;
          if (top === "{") key();
          break;
        }
        if (text[i] === (top === "{" ? "}" : "]")) {
          i++;
          open.pop();
          continue;
        }
        fail(top === "{" ? "expected ',' or '}'" : "expected ',' or ']'");
      }
    }
  };
  try {
    value();
    skip();
    if (i < text.length) fail("expected the end of the file after the JSON value");
    return undefined;
  } catch (e) {
    if (e instanceof SyntaxProblem) return { offset: e.offset, problem: e.message };
    throw e;
  }
}
