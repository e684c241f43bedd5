// Writes TypeScript declarations of a few AWS API shapes (and everything they reach) from an
// SDK client's declarations, so @sagepipe/core can type step arguments and properties without
// depending on the AWS SDK: installed from its tarball, core needs no @aws-sdk package, and a
// user's type check reads one small file per service instead of the client's ~500.
import type { SdkDeclarations } from "./sdk-declarations.ts";
import { SdkShapeReader, type SdkMember, type SdkShape } from "./sdk-shape.ts";

/** The name `document` members have: the SDK's `__DocumentType`, declared as below. */
export const DOCUMENT_TYPE = "DocumentType";

const DOCUMENT_TYPE_TEXT = `/** A JSON document (the SDK's __DocumentType). */
export type DocumentType = null | boolean | number | string | DocumentType[] | { [prop: string]: DocumentType };`;

/** One declared shape: its name, the text that declares it, and the shapes that text names. */
export interface TypeDeclaration {
  readonly name: string;
  readonly text: string;
  readonly uses: readonly string[];
}

/** The declarations of `roots` and of everything they reach, `DocumentType` first, then by name. */
export function typeDeclarations(sdk: SdkDeclarations, roots: readonly string[]): TypeDeclaration[] {
  const reader = new SdkShapeReader(sdk);
  const declared = new Map<string, TypeDeclaration>();
  const pending: string[] = [...roots];
  let uses = new Set<string>();

  const typeOf = (shape: SdkShape): string => {
    switch (shape.kind) {
      case "string":
      case "number":
      case "boolean":
        return shape.kind;
      case "timestamp":
        return "Date";
      case "blob":
        return "Uint8Array";
      case "document":
        uses.add(DOCUMENT_TYPE);
        return DOCUMENT_TYPE;
      case "list": {
        const item = typeOf(shape.item);
        return /[ |&]/.test(item) ? `(${item})[]` : `${item}[]`;
      }
      case "map":
        return `Record<string, ${typeOf(shape.value)}>`;
      case "enum":
        if (!shape.name) return literals(shape.values);
        return named(shape.name);
      case "structure":
      case "union":
        return named(shape.name);
    }
  };

  const named = (name: string): string => {
    pending.push(name);
    uses.add(name);
    return name;
  };

  const member = (m: SdkMember, optional: boolean): string =>
    `  ${m.name}${optional ? "?" : ""}: ${typeOf(m.shape)} | undefined;`;

  while (pending.length) {
    const name = pending.pop() as string;
    if (declared.has(name)) continue;
    declared.set(name, { name, text: "", uses: [] }); // placeholder: shapes may be recursive
    uses = new Set();
    const text = declare(name);
    uses.delete(name);
    declared.set(name, { name, text, uses: [...uses].sort() });
  }

  function declare(name: string): string {
    if (sdk.interfaces.has(name)) {
      const members = reader.structureMembers(name).map((m) => member(m, !m.required));
      return `export interface ${name} {\n${members.join("\n")}\n}`;
    }
    if (sdk.namespaces.has(name)) {
      const alternatives = reader.unionMembers(name);
      const objects = alternatives.map((chosen) => {
        const others = alternatives.filter((m) => m !== chosen).map((m) => `  ${m.name}?: never;`);
        return `{\n  ${chosen.name}: ${typeOf(chosen.shape)};\n${others.join("\n")}\n}`;
      });
      return `export type ${name} =\n  | ${objects.map((o) => o.replace(/\n/g, "\n    ")).join("\n  | ")};`;
    }
    const shape = reader.named(name);
    if (shape.kind === "enum") return `export type ${name} = ${literals(shape.values)};`;
    return `export type ${name} = ${typeOf(shape)};`;
  }

  const sorted = [...declared.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const document = sorted.some((d) => d.uses.includes(DOCUMENT_TYPE)) ? [{ name: DOCUMENT_TYPE, text: DOCUMENT_TYPE_TEXT, uses: [] }] : [];
  return [...document, ...sorted];
}

/** One module's text: `header`, type-only imports of the names it uses from other modules, then `declarations`. */
export function typeModule(header: string, declarations: readonly TypeDeclaration[], imports: readonly { readonly from: string; readonly names: readonly string[] }[] = []): string {
  const importLines = imports.filter((i) => i.names.length).map((i) => `import type { ${i.names.join(", ")} } from "${i.from}";`);
  const parts = [header, ...(importLines.length ? [importLines.join("\n")] : []), ...declarations.map((d) => d.text)];
  return `${parts.join("\n\n")}\n`;
}

function literals(values: readonly (string | number)[]): string {
  return values.map((v) => JSON.stringify(v)).join(" | ") || "never";
}
