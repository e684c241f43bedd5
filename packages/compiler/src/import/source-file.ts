// Lays out the imported pipeline as one TypeScript file: header, imports, constants, the class.
import { printCode, type Code } from "./ts-code.ts";

/** One step method. */
export interface MethodSource {
  readonly method: string;
  readonly decorator: string;
  readonly options: Code | undefined;
  readonly body: Code;
  readonly notes: readonly string[];
}

/** Everything the file holds. */
export interface SourceParts {
  readonly file: string;
  readonly imports: readonly string[];
  readonly constants: readonly { readonly name: string; readonly value: string }[];
  readonly className: string;
  readonly pipelineOptions: Code;
  readonly fields: readonly string[];
  readonly methods: readonly MethodSource[];
}

const DECORATORS_FIRST = (a: string, b: string) => {
  const upper = (s: string) => /^[A-Z]/.test(s);
  return upper(a) === upper(b) ? a.localeCompare(b) : upper(a) ? -1 : 1;
};

function importLine(names: readonly string[]): string {
  const one = `import { ${names.join(", ")} } from "@sagepipe/core";`;
  if (one.length <= 120) return one;
  const lines: string[] = [];
  let line = "";
  for (const n of names) {
    if (line && `${line} ${n},`.length > 110) (lines.push(line), (line = ""));
    line = line ? `${line} ${n},` : `${n},`;
  }
  if (line) lines.push(line);
  return `import {\n${lines.map((l) => `  ${l}`).join("\n")}\n} from "@sagepipe/core";`;
}

function methodText(m: MethodSource): string {
  const notes = m.notes.map((n) => `  // ${n}\n`).join("");
  const options = m.options ? printCode(m.options, "  ", 3 + m.decorator.length) : "";
  const returned = printCode(m.body, "    ", 11);
  return `${notes}  @${m.decorator}(${options})\n  ${m.method}() {\n    return ${returned};\n  }\n`;
}

/** The file's text, ending with a newline. */
export function writeSource(p: SourceParts): string {
  const imports = [...new Set(p.imports)].sort(DECORATORS_FIRST);
  const out: string[] = [
    `// Imported by \`sagepipe import\` from ${p.file}. \`sagepipe build\` on this file gives that definition back.`,
    importLine(imports),
    "",
  ];
  if (p.constants.length) out.push(...p.constants.map((c) => `const ${c.name} = ${c.value};`), "");
  out.push(`@Pipeline(${printCode(p.pipelineOptions, "", 10)})`, `export class ${p.className} {`);
  if (p.fields.length) out.push(...p.fields.map((f) => `  ${f}`), "");
  out.push(p.methods.map(methodText).join("\n") + "}");
  return out.join("\n") + "\n";
}
