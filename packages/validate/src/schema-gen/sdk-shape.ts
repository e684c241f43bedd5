// Turns the SDK's TypeScript type syntax into a small model of API shapes: scalars, enums,
// lists, maps, structures (interfaces) and Smithy unions (namespaces of `XMember` interfaces).
import { Node, type InterfaceDeclaration, type TypeNode } from "ts-morph";
import type { SdkDeclarations } from "./sdk-declarations.ts";

/** What one member of an API shape holds. */
export type SdkShape =
  | { readonly kind: "string" | "number" | "boolean" | "timestamp" | "blob" | "document" }
  | { readonly kind: "enum"; readonly name: string; readonly values: readonly (string | number)[] }
  | { readonly kind: "list"; readonly item: SdkShape }
  | { readonly kind: "map"; readonly value: SdkShape }
  | { readonly kind: "structure"; readonly name: string }
  | { readonly kind: "union"; readonly name: string };

/** One member of a structure or union, in declaration order. */
export interface SdkMember {
  readonly name: string;
  readonly shape: SdkShape;
  /** Required per the SDK: declared without `?` (`X: T | undefined`). */
  readonly required: boolean;
}

/** Reads shapes out of the indexed SDK declarations. */
export class SdkShapeReader {
  /**
   * `memberName` renames members as definitions spell them: Bedrock step arguments and
   * properties use PascalCase where Bedrock's JSON API (and its SDK types) use camelCase.
   */
  constructor(
    private readonly sdk: SdkDeclarations,
    private readonly memberName: (name: string) => string = (name) => name,
  ) {}

  /** The members of structure `name` (an exported interface), inherited ones first. */
  structureMembers(name: string): SdkMember[] {
    const declaration = this.sdk.interfaces.get(name);
    if (!declaration) throw new Error(`${this.sdk.client} declares no interface ${name}`);
    return this.interfaceMembers(declaration);
  }

  /** The alternatives of Smithy union `name`: each member is one single-key object. */
  unionMembers(name: string): SdkMember[] {
    const namespace = this.sdk.namespaces.get(name);
    if (!namespace) throw new Error(`${this.sdk.client} declares no union namespace ${name}`);
    const members: SdkMember[] = [];
    for (const declaration of namespace.getInterfaces()) {
      if (declaration.getName() === "$UnknownMember" || declaration.getName() === "Visitor") continue; // older clients declare a Visitor too
      for (const member of this.interfaceMembers(declaration)) {
        if (member.required) members.push({ ...member, required: false });
      }
    }
    return members;
  }

  /** The shape a type node denotes (`X | undefined` is X). */
  shapeOf(node: TypeNode): SdkShape {
    if (Node.isParenthesizedTypeNode(node)) return this.shapeOf(node.getTypeNode());
    if (Node.isUnionTypeNode(node)) return this.unionShape(node.getTypeNodes());
    if (Node.isArrayTypeNode(node)) return { kind: "list", item: this.shapeOf(node.getElementTypeNode()) };
    const text = node.getText();
    if (text === "string") return { kind: "string" };
    if (text === "number") return { kind: "number" };
    if (text === "boolean") return { kind: "boolean" };
    if (Node.isTypeReference(node)) {
      const name = node.getTypeName().getText();
      const args = node.getTypeArguments();
      if (name === "Record" && args[1]) return { kind: "map", value: this.shapeOf(args[1]) };
      if (name === "Partial" && args[0]) return this.shapeOf(args[0]); // Partial<Record<Enum, T>>
      if (name === "Date") return { kind: "timestamp" };
      if (name === "Uint8Array") return { kind: "blob" };
      if (name === "__DocumentType") return { kind: "document" };
      return this.namedShape(name);
    }
    throw new Error(`unsupported type syntax in the SDK declarations: ${text}`);
  }

  private interfaceMembers(declaration: InterfaceDeclaration): SdkMember[] {
    const inherited = declaration
      .getExtends()
      .flatMap((base) => this.structureMembers(base.getExpression().getText()));
    const own: SdkMember[] = [];
    for (const property of declaration.getProperties()) {
      const name = property.getName();
      const typeNode = property.getTypeNode();
      if (name.startsWith("$") || !typeNode || typeNode.getText() === "never") continue;
      own.push({ name: this.memberName(name), shape: this.shapeOf(typeNode), required: !property.hasQuestionToken() });
    }
    return [...inherited, ...own];
  }

  private unionShape(parts: TypeNode[]): SdkShape {
    const defined = parts.filter((part) => part.getText() !== "undefined");
    const only = defined[0];
    if (defined.length === 1 && only) return this.shapeOf(only);
    const values: string[] = [];
    for (const part of defined) {
      const literal = Node.isLiteralTypeNode(part) ? part.getLiteral() : undefined;
      if (literal && Node.isStringLiteral(literal)) values.push(literal.getLiteralValue());
    }
    if (values.length === defined.length) return { kind: "enum", name: "", values };
    throw new Error(`unsupported union in the SDK declarations: ${defined.map((p) => p.getText()).join(" | ")}`);
  }

  /** The shape type `name` denotes: a structure, union or enum by that name, or what an alias names. */
  named(name: string): SdkShape {
    return this.namedShape(name);
  }

  private namedShape(name: string): SdkShape {
    if (this.sdk.interfaces.has(name)) return { kind: "structure", name };
    const numeric = this.sdk.enums.get(name);
    if (numeric) return { kind: "enum", name, values: numeric.getMembers().map((m) => m.getValue() ?? m.getName()) };
    const alias = this.sdk.typeAliases.get(name);
    if (!alias) throw new Error(`${this.sdk.client} declares no type ${name}`);
    const aliased = alias.getTypeNodeOrThrow();
    const text = aliased.getText();
    if (/^\(typeof \w+\)\[keyof typeof \w+\]$/.test(text)) return { kind: "enum", name, values: this.enumValues(name) };
    if (this.sdk.namespaces.has(name) && text.includes(`${name}.`)) return { kind: "union", name };
    return this.shapeOf(aliased);
  }

  private enumValues(name: string): string[] {
    const constant = this.sdk.enumConstants.get(name);
    const literal = constant?.getTypeNode();
    if (!literal || !Node.isTypeLiteral(literal)) throw new Error(`enum ${name} has no value table`);
    return literal.getProperties().map((property) => {
      const value = property.getTypeNodeOrThrow();
      const raw = Node.isLiteralTypeNode(value) ? value.getLiteral() : undefined;
      if (!raw || !Node.isStringLiteral(raw)) throw new Error(`enum ${name}.${property.getName()} is not a string`);
      return raw.getLiteralValue();
    });
  }
}
