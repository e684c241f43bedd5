// The contract of one step kind's importer: how a definition step becomes a method body.
import type { StepDecoratorName } from "@sagepipe/expressions";
import { parsePropertyPath, type PropertySegment } from "@sagepipe/validate";
import type { JsonReader } from "./json-reader.ts";
import { CannotImport, type ImportScope } from "./import-scope.ts";
import { memberAccess, quote, type Code } from "./ts-code.ts";

/** A step of the definition, as the importer reads it. */
export interface StepInput {
  readonly name: string;
  readonly type: string;
  /** JSON pointer of the step. */
  readonly pointer: string;
  /** The step's `Arguments`. */
  readonly args: JsonReader;
  /** The whole step, for kind-specific envelope keys (`PropertyFiles`). */
  readonly envelope: JsonReader;
}

/** What a step method becomes. */
export interface WrittenStep {
  readonly decorator: StepDecoratorName;
  /** The expression the method returns. */
  readonly body: Code;
  /** Comments put above the method (what was kept verbatim, and why). */
  readonly notes?: readonly string[];
}

/** One step kind's importer. */
export interface StepImporter {
  /** Writes the step as sagepipe, or throws CannotImport naming the first value it cannot express. */
  readonly write: (step: StepInput, scope: ImportScope) => WrittenStep;
  /** The name the decorator gives the step, when the kind adds a suffix to it (`X-CreateModel` -> `X`). @default the step's name */
  readonly decoratedName?: (name: string) => string;
  /** A reference to one of the step's properties in the kind's own terms (`.outputs.train`), when it has one. */
  readonly reference?: (segments: readonly PropertySegment[], stepCall: string) => string | undefined;
  /**
   * Set when the helper's step exposes only what `reference` names (no typed `.properties` of the
   * whole Describe* response): why. A step read through any other property is then kept verbatim.
   */
  readonly closedProperties?: string;
}

/** `.properties.A.B['k'][0]`: a reference through the step's typed Describe* properties. */
export function propertiesPath(segments: readonly PropertySegment[]): string {
  return `.properties${segments.map((s) => memberAccess(s.name) + s.indexes.map((i) => `[${typeof i === "number" ? i : quote(i)}]`).join("")).join("")}`;
}

/** The segments of a step property path, or a CannotImport. */
export function propertySegments(property: string, pointer: string): PropertySegment[] {
  const segments = parsePropertyPath(property);
  if (typeof segments === "string") throw new CannotImport(pointer, segments);
  return segments;
}

/** True when the segments spell exactly `path` (names and indexes, e.g. "ModelArtifacts.S3ModelArtifacts"). */
export function spells(segments: readonly PropertySegment[], path: string): boolean {
  const want = path.split(".");
  return segments.length === want.length && segments.every((s, i) => s.name === want[i] && s.indexes.length === 0);
}
