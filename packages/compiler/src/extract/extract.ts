import { resolve } from "node:path";
import type { ts } from "ts-morph";
import { typescript } from "./typescript.ts";
import type { LiteralFact, PipelineFact, ProgramFacts } from "./facts.ts";
import { spanOf } from "./spans.ts";
import { extractPipelineClass, type ClassAt } from "./pipeline-class.ts";
import { diskReader, loadSourceFiles, type ParsedAst, type ParsedFile, type ReadText } from "./source-files.ts";
import { decoratorName, decorators } from "./syntax.ts";
import { importCycles } from "./import-cycles.ts";

/** Facts and the files they were read from (the facts cache keys its entries on these). */
export interface ExtractedProgram {
  readonly facts: ProgramFacts;
  readonly sources: readonly ParsedFile[];
}

/**
 * Finds every `@Pipeline` class in the entry and the files it imports, with their steps,
 * parameters and references. Never throws on the user's mistakes: it records what it sees.
 */
export function extractProgram(entry: string, read: ReadText = diskReader()): ProgramFacts {
  return extractProgramWithSources(entry, read).facts;
}

/** `extractProgram`, also returning the parsed files (`parsed`: trees already made, e.g. by a language service). */
export function extractProgramWithSources(entry: string, read: ReadText = diskReader(), parsed?: ParsedAst): ExtractedProgram {
  const ts = typescript();
  const files = loadSourceFiles(entry, read, parsed);
  const classes = new Map<string, ClassAt>();
  for (const file of files) {
    for (const st of file.ast.statements) {
      if (ts.isClassDeclaration(st) && st.name && !classes.has(st.name.text)) classes.set(st.name.text, { node: st, file });
    }
  }
  const pipelineClasses = new Set([...classes].filter(([, c]) => decorators(c.node).some((d) => decoratorName(d) === "Pipeline")).map(([name]) => name));
  const pipelines: PipelineFact[] = [];
  for (const file of files) {
    for (const st of file.ast.statements) {
      if (!ts.isClassDeclaration(st)) continue;
      const deco = decorators(st).find((d) => decoratorName(d) === "Pipeline");
      if (deco) pipelines.push(extractPipelineClass({ node: st, file }, deco, classes, pipelineClasses));
    }
  }
  const tooDeep = files.flatMap((f) => (f.tooDeep ? [f.tooDeep] : []));
  return { facts: { entry: resolve(entry), files: files.map((f) => f.path), packageImports: packageImports(files), pipelines, importCycles: importCycles(files, read), ...(tooDeep.length ? { tooDeep } : {}) }, sources: files };
}

/** The package imports (not relative ones) of the files, with where each specifier is written. */
function packageImports(files: readonly ParsedFile[]): LiteralFact[] {
  const ts = typescript();
  const out: LiteralFact[] = [];
  for (const file of files) {
    for (const st of file.ast.statements) {
      if (!(ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier)) continue;
      const specifier = st.moduleSpecifier.text;
      if (!specifier.startsWith(".") && !specifier.startsWith("/")) out.push({ value: specifier, span: spanOf(st.moduleSpecifier, file.ast) });
    }
  }
  return out;
}
