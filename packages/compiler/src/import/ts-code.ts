// TypeScript source as a small tree, printed on one line when it fits and broken over lines
// when it does not: what `sagepipe import` writes is formatted without a formatter.

/** A piece of TypeScript expression source. */
export type Code =
  | { readonly kind: "raw"; readonly text: string }
  | { readonly kind: "array"; readonly items: readonly Code[] }
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, Code])[] }
  | { readonly kind: "call"; readonly callee: string; readonly args: readonly Code[] }
  | { readonly kind: "method"; readonly target: Code; readonly name: string; readonly args: readonly Code[] };

/** Source text kept as written (identifiers, member chains, literals already rendered). */
export const raw = (text: string): Code => ({ kind: "raw", text });
export const array = (items: readonly Code[]): Code => ({ kind: "array", items });
/** An object literal; entries with an undefined value are left out. */
export function object(entries: readonly (readonly [string, Code | undefined])[]): Code {
  return { kind: "object", entries: entries.filter((e): e is readonly [string, Code] => e[1] !== undefined) };
}
/** `callee(args)`. */
export const call = (callee: string, args: readonly Code[]): Code => ({ kind: "call", callee, args });
/** `target.name(args)`, as in `processor({...}).run({...})`. */
export const method = (target: Code, name: string, args: readonly Code[]): Code => ({ kind: "method", target, name, args });

/** A JavaScript literal for a JSON primitive. */
export function literal(value: string | number | boolean | null): Code {
  if (typeof value === "string") return raw(quote(value));
  if (typeof value === "number" && Object.is(value, -0)) return raw("-0");
  return raw(String(value));
}

/** Plain JSON as a literal: objects, lists and primitives as they are (no expression is read into it). */
export function jsonCode(value: unknown): Code {
  if (Array.isArray(value)) return array(value.map(jsonCode));
  if (typeof value === "object" && value !== null) return object(Object.entries(value).map(([k, v]) => [k, jsonCode(v)]));
  return literal(value as string | number | boolean | null);
}

/** A double-quoted string literal. */
export function quote(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** `key: value`, or the shorthand `key` when the value is that name. */
function entryText(key: string, value: string): string {
  return value === key && isIdentifierName(key) ? key : `${propertyKey(key)}: ${value}`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** True when `name` can follow a dot (`a.name`) and stand unquoted as an object key. */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** An object key as written in a literal. */
export function propertyKey(name: string): string {
  return isIdentifierName(name) ? name : quote(name);
}

/** `.name` or `["name"]`. */
export function memberAccess(name: string): string {
  return isIdentifierName(name) ? `.${name}` : `[${quote(name)}]`;
}

const WIDTH = 120;
const INDENT = "  ";

/** `code` on one line. */
export function flat(code: Code): string {
  switch (code.kind) {
    case "raw":
      return code.text;
    case "array":
      return `[${code.items.map(flat).join(", ")}]`;
    case "object":
      return code.entries.length ? `{ ${code.entries.map(([k, v]) => entryText(k, flat(v))).join(", ")} }` : "{}";
    case "call":
      return `${code.callee}(${code.args.map(flat).join(", ")})`;
    case "method":
      return `${flat(code.target)}.${code.name}(${code.args.map(flat).join(", ")})`;
  }
}

/** Prints `code` starting at column `column`, at indentation `indent`. */
export function printCode(code: Code, indent = "", column = indent.length): string {
  const one = flat(code);
  if (column + one.length <= WIDTH && !one.includes("\n")) return one;
  const inner = indent + INDENT;
  switch (code.kind) {
    case "raw":
      return code.text;
    case "array":
      return `[\n${code.items.map((item) => `${inner}${printCode(item, inner)},`).join("\n")}\n${indent}]`;
    case "object":
      return `{\n${code.entries.map(([k, v]) => `${inner}${entryText(k, printCode(v, inner, inner.length + propertyKey(k).length + 2))},`).join("\n")}\n${indent}}`;
    case "method": {
      const target = printCode(code.target, indent, column);
      const lastLine = target.slice(target.lastIndexOf("\n") + 1);
      const at = target.includes("\n") ? lastLine.length : column + target.length;
      return target + printCode(call(`.${code.name}`, code.args), indent, at);
    }
    case "call": {
      const head = `${code.callee}(`;
      const last = code.args[code.args.length - 1];
      // The last argument an object or array: keep the others on the line and break inside it.
      if (last && (last.kind === "object" || last.kind === "array")) {
        const before = code.args.slice(0, -1).map(flat).join(", ");
        const prefix = head + (before ? `${before}, ` : "");
        if (column + prefix.length < WIDTH) return `${prefix}${printCode(last, indent, column + prefix.length)})`;
      }
      return `${head}\n${code.args.map((a) => `${inner}${printCode(a, inner)},`).join("\n")}\n${indent})`;
    }
  }
}
