import { resolve } from "node:path";
import type { ts } from "ts-morph";
import { checkFacts } from "../check-facts.ts";
import { checkExported } from "../checks/export-check.ts";
import { uniqueDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { extractProgramWithSources } from "../extract/extract.ts";
import type { ProgramFacts } from "../extract/facts.ts";
import { diskReader } from "../extract/source-files.ts";
import { decoratorName, decorators } from "../extract/syntax.ts";
import { withTypescript } from "../extract/typescript.ts";

/** Source files an editor's language service has already parsed, and its copy of TypeScript. */
export interface ParsedProgram {
  /** The `typescript` module the trees were made with (the language service's, not ts-morph's). */
  readonly ts: typeof ts;
  /** The parsed file at a path, if the program holds it (files it does not hold are read from disk). */
  sourceFile(path: string): ts.SourceFile | undefined;
}

/** What `sagepipe check` finds from one entry, without the type check, plus build's SP002. */
export interface EntryCheck {
  readonly entry: string;
  readonly facts: ProgramFacts;
  /** The trees the facts were read from, entry first (the same objects as the program's, where it had them). */
  readonly sources: readonly ts.SourceFile[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Does the file declare a `@Pipeline` class (the files `sagepipe check` is given)? */
export function declaresPipeline(program: ParsedProgram, file: ts.SourceFile): boolean {
  return withTypescript(program.ts, () => file.statements.some((st) => program.ts.isClassDeclaration(st) && decorators(st).some((d) => decoratorName(d) === "Pipeline")));
}

/**
 * `sagepipe check <entry>` on trees the editor already has: the same extraction and checks,
 * the same spans and codes, no type check (the editor shows TypeScript's own errors), and
 * SP002 (a pipeline class without `export`), which build finds in the source before it loads
 * anything. Never runs user code and never throws on what the user wrote.
 */
export function checkParsedEntry(program: ParsedProgram, entry: string): EntryCheck {
  return withTypescript(program.ts, () => {
    const disk = diskReader();
    const read = (path: string) => program.sourceFile(path)?.text ?? disk(path);
    const { facts, sources } = extractProgramWithSources(resolve(entry), read, (path) => program.sourceFile(path));
    const { diagnostics } = checkFacts(entry, facts, null);
    for (const p of facts.pipelines) diagnostics.push(...checkExported(p));
    return { entry: facts.entry, facts, sources: sources.map((s) => s.ast), diagnostics: uniqueDiagnostics(diagnostics) };
  });
}
