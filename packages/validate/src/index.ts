// @sagepipe/validate: validates any SageMaker pipeline definition JSON, and holds the one
// table of diagnostic codes the compiler uses too.
export { validateDefinition, SEMANTIC_CHECKS, type DefinitionCheck } from "./validate-definition.ts";
export { formatIssues, issuesToJson, countText, type FormatOptions } from "./format-issues.ts";
export { codeFrame, FRAME_WIDTH, type CodeFrameOptions, type FramePlace } from "./code-frame.ts";
export { parseJson, type ParsedJson } from "./parse-json.ts";
export { locatePointer, locatePointers, type TextPosition } from "./json-locations.ts";
export type { ValidationIssue } from "./validation-issue.ts";
export type { JsonDiagnostic, JsonRelated } from "./diagnostic-json.ts";
export { DIAGNOSTIC_CODES, codeInfo, type CodeInfo, type DiagnosticCode, type Phase, type Severity, type TypeScriptCode } from "./codes/index.ts";
export { EXECUTION_VARIABLES, parseGet, type GetTarget } from "./definition/parse-get.ts";
export { collectSteps, type StepEntry } from "./definition/collect-steps.ts";
export { parsePropertyPath, type PropertySegment } from "./definition/property-path.ts";
export { MAX_EXPRESSION_DEPTH, MAX_JSON_DEPTH } from "./checks/check-nesting.ts";
export { PROCESSING_LIMITS } from "./checks/check-processing-limits.ts";
export { arnProblem } from "./checks/values/check-arns.ts";
export { bucketNameFix, bucketNameProblem, BUCKET_RULES_URL } from "./checks/values/bucket-name.ts";
export { closestName } from "./closest-name.ts";
