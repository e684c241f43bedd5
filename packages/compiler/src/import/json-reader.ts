// Reads one JSON object key by key, so an importer notices every key it did not express.
import { CannotImport } from "./import-scope.ts";
import { isJsonObject } from "./expressions.ts";

/** A JSON object being read; `done()` fails on keys nobody took. */
export class JsonReader {
  private readonly taken = new Set<string>();
  constructor(
    readonly value: { readonly [key: string]: unknown },
    readonly pointer: string,
    /** What expresses these keys, for the message (e.g. "processor()"). */
    readonly by: string,
  ) {}

  /** A reader of the object at `pointer`, or a CannotImport when it is not an object. */
  static of(value: unknown, pointer: string, by: string): JsonReader {
    if (!isJsonObject(value)) throw new CannotImport(pointer, `expected an object here for ${by}`);
    return new JsonReader(value, pointer, by);
  }

  /** The pointer of a key. */
  at(key: string): string {
    return `${this.pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
  }

  has(key: string): boolean {
    return this.value[key] !== undefined;
  }

  /** The value of `key` (marked as expressed). */
  take(key: string): unknown {
    this.taken.add(key);
    return this.value[key];
  }

  /** A nested object, when present. */
  object(key: string): JsonReader | undefined {
    const v = this.take(key);
    return v === undefined ? undefined : JsonReader.of(v, this.at(key), this.by);
  }

  /** A nested list, when present. */
  list(key: string): readonly unknown[] | undefined {
    const v = this.take(key);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) throw new CannotImport(this.at(key), `expected a list here for ${this.by}`);
    return v;
  }

  /** A string that must be a literal (not a pipeline variable). */
  text(key: string): string | undefined {
    const v = this.take(key);
    if (v === undefined || typeof v === "string") return v;
    throw new CannotImport(this.at(key), `${this.by} takes text here, not ${JSON.stringify(v)}`);
  }

  /** Requires `key` to hold exactly `expected` (a value the helper always writes). */
  expect(key: string, expected: unknown): void {
    const v = this.take(key);
    if (v !== expected) throw new CannotImport(this.at(key), `${this.by} always writes ${JSON.stringify(expected)} here, not ${JSON.stringify(v)}`);
  }

  /** Fails on keys not taken. */
  done(): void {
    const left = Object.keys(this.value).filter((k) => !this.taken.has(k) && this.value[k] !== undefined);
    if (left.length) throw new CannotImport(this.at(left[0]!), `${this.by} does not write ${left.map((k) => `"${k}"`).join(", ")} here`);
  }
}
