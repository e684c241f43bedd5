// @sagepipe/validate: validates any SageMaker pipeline definition JSON.
export { validateDefinition, SEMANTIC_CHECKS, type DefinitionCheck } from "./validate-definition.ts";
export { formatIssues, type FormatOptions } from "./format-issues.ts";
export { parseJson, type ParsedJson } from "./parse-json.ts";
export { locatePointer, locatePointers, type TextPosition } from "./json-locations.ts";
export type { IssueCode, ValidationIssue } from "./validation-issue.ts";
export { EXECUTION_VARIABLES } from "./definition/parse-get.ts";
export { MAX_EXPRESSION_DEPTH, MAX_JSON_DEPTH } from "./checks/check-nesting.ts";
