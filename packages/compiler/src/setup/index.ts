import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { ProgramFacts } from "../extract/facts.ts";
import { checkCorePackage, compilerCoreDir } from "./core-package.ts";
import { checkModuleType } from "./module-type.ts";

/**
 * Mistakes in how the project is set up (SP010-SP012); the tsconfig's (SP013-SP015) are the type check's.
 * `compilerCore`: the @sagepipe/core the build will load besides the pipeline's (null: none, as
 * in the editor, which builds nothing; SP012 then compares the pipeline's files only).
 */
export function checkProjectSetup(facts: ProgramFacts, compilerCore: string | null = compilerCoreDir() ?? null): Diagnostic[] {
  return [...checkModuleType(facts.files), ...checkCorePackage(facts, compilerCore)];
}
