// Parses a definition file's text; a syntax error becomes an issue with line and column.
import { positionOf, type TextPosition } from "./json-locations.ts";
import { findJsonSyntaxError } from "./json-syntax.ts";
import { issue, type ValidationIssue } from "./validation-issue.ts";

/** The parsed value, or the syntax error as an issue (pointer "") with its position. */
export type ParsedJson =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issue: ValidationIssue; readonly position: TextPosition };

/** `JSON.parse` that reports where and how the text is malformed. */
export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const found = findJsonSyntaxError(text);
    const position = positionOf(text, found?.offset ?? text.length);
    const problem = found?.problem ?? (e instanceof Error ? e.message : String(e));
    return {
      ok: false,
      position,
      issue: issue("SP901", "", `Not valid JSON: ${problem}.`),
    };
  }
}
