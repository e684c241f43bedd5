import { resolve } from "node:path";
import { checkPipeline } from "./checks/index.ts";
import { checkDuplicatePipelineNames, checkImportCycles } from "./checks/program-checks.ts";
import { diagnostic, type Diagnostic } from "./diagnostics/diagnostic.ts";
import { entryProblem } from "./extract/entry-problem.ts";
import type { ProgramFacts } from "./extract/facts.ts";
import { MAX_SOURCE_NESTING, MAX_SYNTAX_DEPTH } from "./extract/source-nesting.ts";
import { checkProjectSetup } from "./setup/index.ts";
import { compilerCoreDir } from "./setup/core-package.ts";

/**
 * Every check `sagepipe check` makes on the facts of an entry, before the type check: the entry
 * itself (SP000, SP001, SP004), the project's set-up (SP010-SP012, listed first in `setup`), each
 * pipeline's checks and those across pipelines. Reads package.json files; runs no user code.
 * `compilerCore` as for checkProjectSetup (null in the editor).
 */
export function checkFacts(entry: string, facts: ProgramFacts, compilerCore: string | null = compilerCoreDir() ?? null): { diagnostics: Diagnostic[]; setup: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const tooDeep = facts.tooDeep ?? [];
  if (facts.files.length === 0) {
    const problem = entryProblem(resolve(entry));
    diagnostics.push(diagnostic("SP000", "error", { file: resolve(entry), line: 1, col: 1, length: 1 }, problem.message, problem.fix));
  } else if (facts.pipelines.length === 0 && !tooDeep.length) {
    diagnostics.push(diagnostic("SP001", "error", { file: facts.entry, line: 1, col: 1, length: 1 }, `No @Pipeline class in ${entry} or the files it imports.`, 'Decorate the pipeline class with @Pipeline({ name: "MyPipeline" }) and export it.'));
  }
  for (const deep of tooDeep) {
    diagnostics.push(diagnostic("SP004", "error", deep.span, `Expression nested too deep: it nests more than ${MAX_SOURCE_NESTING} brackets (or ${MAX_SYNTAX_DEPTH} syntax levels) deep here, more than the compiler reads; the classes of this file were not read.`, "Flatten it: not(not(x)) is x; or(...) and a condition's list of conditions take any number at once; join(separator, [...]) a list instead of chaining `+`."));
  }
  const setup = facts.files.length ? checkProjectSetup(facts, compilerCore) : [];
  diagnostics.push(...setup);
  for (const p of facts.pipelines) diagnostics.push(...checkPipeline(p));
  diagnostics.push(...checkDuplicatePipelineNames(facts), ...checkImportCycles(facts));
  return { diagnostics, setup };
}
