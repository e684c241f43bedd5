// Validates a pipeline definition: the schema (derived from the AWS SDK's request types), then
// the checks a schema cannot express. Side-effect free; the compiled schema loads once.
import { checkCycles } from "./checks/check-cycles.ts";
import { checkDependsOn } from "./checks/check-depends-on.ts";
import { checkNames } from "./checks/check-names.ts";
import { checkNesting } from "./checks/check-nesting.ts";
import { checkParameterDefaults } from "./checks/check-parameter-defaults.ts";
import { checkProcessingLimits } from "./checks/check-processing-limits.ts";
import { checkPropertyFileOutputs } from "./checks/check-property-files.ts";
import { checkReferences } from "./checks/check-references.ts";
import { checkEmrClusters, checkEmrServerlessApplications, checkJsonGetSources } from "./checks/check-step-rules.ts";
import { checkUniqueNames } from "./checks/check-unique-names.ts";
import { checkValueTypes } from "./checks/check-value-types.ts";
import { checkArns } from "./checks/values/check-arns.ts";
import { checkBranchReferences } from "./checks/values/check-branch-references.ts";
import { checkConditionTypes } from "./checks/values/check-condition-types.ts";
import { checkContainerPaths } from "./checks/values/check-container-paths.ts";
import { checkNumbers } from "./checks/values/check-numbers.ts";
import { checkS3Uris } from "./checks/values/check-s3-uris.ts";
import { definitionContext, type DefinitionContext } from "./definition/definition-context.ts";
import { sortByDocumentOrder } from "./document-order.ts";
import { checkSchema } from "./schema-check/check-schema.ts";
import type { ValidationIssue } from "./validation-issue.ts";

/** One semantic check: a small function returning the problems it finds. */
export type DefinitionCheck = (ctx: DefinitionContext) => ValidationIssue[];

/** The semantic checks, in the order they run. */
export const SEMANTIC_CHECKS: readonly DefinitionCheck[] = [
  checkNames,
  checkUniqueNames,
  checkParameterDefaults,
  checkReferences,
  checkPropertyFileOutputs,
  checkDependsOn,
  checkCycles,
  checkValueTypes,
  checkJsonGetSources,
  checkEmrClusters,
  checkEmrServerlessApplications,
  checkProcessingLimits,
  checkArns,
  checkS3Uris,
  checkContainerPaths,
  checkNumbers,
  checkConditionTypes,
  checkBranchReferences,
];

/**
 * Validates any pipeline definition (ours, the SDK's, or hand-written). Returns no issues when
 * it is valid; otherwise one issue per mistake, in document order. A definition nested too
 * deep (checks/check-nesting.ts) gets only the issues that say where.
 */
export function validateDefinition(definition: unknown): ValidationIssue[] {
  // Every walker below recurses per level: a definition nested too deep gets only this answer.
  const tooDeep = checkNesting(definition);
  if (tooDeep.length) return tooDeep;
  const ctx = definitionContext(definition);
  const issues = checkSchema(definition, ctx.schema, ctx.steps);
  for (const check of SEMANTIC_CHECKS) issues.push(...check(ctx));
  return sortByDocumentOrder(dedupe(issues), definition);
}

function dedupe(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code}\u0000${i.pointer}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
