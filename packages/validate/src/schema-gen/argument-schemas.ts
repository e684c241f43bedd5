// Derives JSON Schema `$defs` for the SDK's request shapes: structures become closed objects
// with the SDK's required members, enums become string enums, and every scalar position also
// accepts a pipeline expression.
import { DEF, ref, valueOr, type JsonSchema } from "./json-schema.ts";
import type { SdkShape, SdkShapeReader } from "./sdk-shape.ts";

/** Options for deriving one request structure. */
export interface StructureOptions {
  /** The `$defs` name to use instead of the SDK's. */
  readonly defName?: string;
  /** Members the SDK requires but pipeline definitions leave out (job names). */
  readonly optional?: readonly string[];
  /** A `title` for messages ("CreateProcessingJob request"). */
  readonly title?: string;
}

/** Accumulates `$defs` derived from SDK shapes. */
export class ArgumentSchemas {
  /** `prefix` goes before every `$defs` name made from a shape name (shapes of other services share names with SageMaker's). */
  constructor(
    private readonly reader: SdkShapeReader,
    private readonly prefix = "",
    private readonly defs = new Map<string, JsonSchema>(),
  ) {}

  /** Every derived definition so far, by `$defs` name. */
  definitions(): ReadonlyMap<string, JsonSchema> {
    return this.defs;
  }

  /** Derives structure `name` (and everything it reaches); returns a `$ref` to it. */
  structure(name: string, options: StructureOptions = {}): JsonSchema {
    const defName = options.defName ?? this.prefix + name;
    if (this.defs.has(defName)) return ref(defName);
    this.defs.set(defName, true); // placeholder: structures may be recursive
    const members = this.reader.structureMembers(name);
    const optional = new Set(options.optional ?? []);
    for (const member of optional) {
      if (!members.some((m) => m.name === member)) throw new Error(`${name} has no member ${member}`);
    }
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const member of members) {
      properties[member.name] = this.schemaOf(member.shape);
      if (member.required && !optional.has(member.name)) required.push(member.name);
    }
    this.defs.set(defName, {
      ...(options.title ? { title: options.title } : {}),
      type: "object",
      properties,
      ...(required.length ? { required } : {}),
      additionalProperties: false,
    });
    return ref(defName);
  }

  /** The schema of a position holding `shape`. */
  schemaOf(shape: SdkShape): JsonSchema {
    switch (shape.kind) {
      case "string":
      case "blob":
        return ref(DEF.string);
      case "number":
        return ref(DEF.number);
      case "boolean":
        return ref(DEF.boolean);
      case "timestamp":
        return ref(DEF.timestamp);
      case "document":
        return true;
      case "enum":
        return this.enumeration(shape.name, shape.values);
      case "list":
        return { type: "array", items: this.schemaOf(shape.item) };
      case "map":
        return { type: "object", additionalProperties: this.schemaOf(shape.value) };
      case "structure":
        return this.structure(shape.name);
      case "union":
        return this.union(shape.name);
    }
  }

  private enumeration(shapeName: string, values: readonly (string | number)[]): JsonSchema {
    if (!shapeName) return valueOr({ enum: values });
    const name = this.prefix + shapeName;
    if (!this.defs.has(name)) this.defs.set(name, valueOr({ enum: values }));
    return ref(name);
  }

  private union(shapeName: string): JsonSchema {
    const name = this.prefix + shapeName;
    if (this.defs.has(name)) return ref(name);
    this.defs.set(name, true);
    const properties: Record<string, JsonSchema> = {};
    for (const member of this.reader.unionMembers(shapeName)) properties[member.name] = this.schemaOf(member.shape);
    this.defs.set(name, {
      type: "object",
      properties,
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
    });
    return ref(name);
  }
}
