import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { ProgramFacts } from "../extract/facts.ts";
import { checkCorePackage } from "./core-package.ts";
import { checkModuleType } from "./module-type.ts";

/** Mistakes in how the project is set up (SP010-SP012); the tsconfig's (SP013-SP015) are the type check's. */
export function checkProjectSetup(facts: ProgramFacts): Diagnostic[] {
  return [...checkModuleType(facts.files), ...checkCorePackage(facts)];
}
