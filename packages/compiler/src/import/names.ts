// Names of what `sagepipe import` writes: class, fields and methods from definition names.

const RESERVED = new Set([
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
  "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
  "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
  "let", "static", "implements", "interface", "package", "private", "protected", "public", "await",
  // members every object has, and names the generated class must not shadow
  "constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString",
]);

/** The words of a name: `RegisterModel-RegisterModel` -> Register, Model, Register, Model. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** `AbaloneProcess` -> `abaloneProcess`, `my-step_2` -> `myStep2`; never empty or reserved. */
export function camelName(name: string, fallback: string): string {
  const parts = words(name);
  if (!parts.length) return fallback;
  const [first = "", ...rest] = parts;
  let out = first.charAt(0).toLowerCase() + first.slice(1);
  // An all-capitals first word (`MSE`, `EMR`) reads better in lower case.
  if (first === first.toUpperCase()) out = first.toLowerCase();
  out += rest.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  if (/^[0-9]/.test(out)) out = `${fallback}${out}`;
  return RESERVED.has(out) ? `${out}Step` : out;
}

/** `abalone-pipeline` -> `AbalonePipeline`. */
export function pascalName(name: string, fallback: string): string {
  const camel = camelName(name, fallback);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/** Hands out names, never the same one twice. */
export class NameSet {
  private readonly used = new Set<string>();
  constructor(taken: Iterable<string> = []) {
    for (const n of taken) this.used.add(n);
  }
  /** `wanted`, or `wanted2`, `wanted3`, ... when it is taken. */
  claim(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.used.has(name); n++) name = `${wanted}${n}`;
    this.used.add(name);
    return name;
  }
}
