import type { FixMaker } from "./fix.ts";
import { addExport, callDecorator, dependsOnFunction } from "./class-shape.ts";
import { closestExecutionVariable, closestOutput, closestPropertyFile, closestPropertyFileOutput } from "./closest-names.ts";
import { callToTag, concatToTemplate, stringCallToTemplate, tagTemplate } from "./tagged-template.ts";

export type { Fix, FixContext, FixMaker } from "./fix.ts";

/** The quick fix of each code that has a mechanical one. */
export const FIXES: Readonly<Record<string, FixMaker>> = {
  SP002: addExport,
  SP028: callDecorator,
  SP029: dependsOnFunction,
  SP030: closestExecutionVariable,
  SP031: callToTag,
  SP301: tagTemplate,
  SP302: concatToTemplate,
  SP303: stringCallToTemplate,
  SP401: closestPropertyFile,
  SP402: closestPropertyFileOutput,
  SP403: closestOutput,
};
