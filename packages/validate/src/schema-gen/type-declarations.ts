// Writes TypeScript declarations of a few AWS API shapes (and everything they reach) from an
// SDK client's declarations, so @sagepipe/core can type step arguments and properties without
// depending on the AWS SDK: installed from its tarball, core needs no @aws-sdk package, and a
// user's type check reads one small file per service instead of the client's ~500.
import type { SdkDeclarations } from "./sdk-declarations.ts";
import { SdkShapeReader, type SdkMember, type SdkShape } from "./sdk-shape.ts";

/** `DocumentType`, as the SDK's `__DocumentType` is declared (for `document` members). */
const DOCUMENT_TYPE = `/** A JSON document (the SDK's __DocumentType). */
export type DocumentType = null | boolean | number | string | DocumentType[] | { [prop: string]: DocumentType };`;

/** The declarations of `roots` and everything they reach, as one module's text. */
export function typeDeclarations(sdk: SdkDeclarations, roots: readonly string[], header: string): string {
  const reader = new SdkShapeReader(sdk);
  const declared = new Map<string, string>();
  let usesDocument = false;
  const pending: string[] = [...roots];

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
        usesDocument = true;
        return "DocumentType";
      case "list": {
        const item = typeOf(shape.item);
        return /[ |&]/.test(item) ? `(${item})[]` : `${item}[]`;
      }
      case "map":
        return `Record<string, ${typeOf(shape.value)}>`;
      case "enum":
        if (!shape.name) return literals(shape.values);
        pending.push(shape.name);
        return shape.name;
      case "structure":
      case "union":
        pending.push(shape.name);
        return shape.name;
    }
  };

  const member = (m: SdkMember, optional: boolean): string =>
    `  ${m.name}${optional ? "?" : ""}: ${typeOf(m.shape)} | undefined;`;

  while (pending.length) {
    const name = pending.pop() as string;
    if (declared.has(name)) continue;
    declared.set(name, ""); // placeholder: shapes may be recursive
    declared.set(name, declare(name));
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

  const body = [...declared.keys()].sort().map((name) => declared.get(name) as string);
  if (usesDocument) body.unshift(DOCUMENT_TYPE);
  return `${header}\n\n${body.join("\n\n")}\n`;
}

function literals(values: readonly (string | number)[]): string {
  return values.map((v) => JSON.stringify(v)).join(" | ") || "never";
}
