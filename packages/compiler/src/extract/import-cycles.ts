import type { ts } from "ts-morph";
import type { ImportCycleFact } from "./facts.ts";
import type { ParsedFile } from "./source-files.ts";
import { resolveRelative, type ReadText } from "./source-files.ts";
import { spanOf } from "./spans.ts";
import { typescript } from "./typescript.ts";

/** An import that loads the other module when this one runs (not `import type`, not only types). */
function isValueImport(st: ts.Statement): st is (ts.ImportDeclaration | ts.ExportDeclaration) & { moduleSpecifier: ts.StringLiteral } {
  const ts = typescript();
  if (ts.isImportDeclaration(st)) {
    const clause = st.importClause;
    if (!ts.isStringLiteral(st.moduleSpecifier)) return false;
    if (!clause) return true;
    if (clause.isTypeOnly) return false;
    const named = clause.namedBindings;
    if (!clause.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)) return false;
    return true;
  }
  return ts.isExportDeclaration(st) && !st.isTypeOnly && st.moduleSpecifier !== undefined && ts.isStringLiteral(st.moduleSpecifier);
}

/**
 * Cycles of relative value imports among the loaded files, each once, reported at the import
 * that closes it (the last edge found by a depth-first walk from the entry).
 */
export function importCycles(files: readonly ParsedFile[], read: ReadText): ImportCycleFact[] {
  const edges = new Map<string, { to: string; node: ts.Node; sf: ts.SourceFile }[]>();
  for (const f of files) {
    const list: { to: string; node: ts.Node; sf: ts.SourceFile }[] = [];
    for (const st of f.ast.statements) {
      if (!isValueImport(st) || !st.moduleSpecifier.text.startsWith(".")) continue;
      const to = resolveRelative(f.path, st.moduleSpecifier.text, read);
      if (to) list.push({ to, node: st, sf: f.ast });
    }
    edges.set(f.path, list);
  }
  const out: ImportCycleFact[] = [];
  const seenCycles = new Set<string>();
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, "open");
    stack.push(file);
    for (const e of edges.get(file) ?? []) {
      if (state.get(e.to) === "open") {
        const cycle = stack.slice(stack.indexOf(e.to));
        const key = [...cycle].sort().join("\u0000");
        if (!seenCycles.has(key)) {
          seenCycles.add(key);
          out.push({ files: [...cycle, e.to], span: spanOf(e.node, e.sf) });
        }
      } else if (!state.has(e.to)) {
        visit(e.to);
      }
    }
    stack.pop();
    state.set(file, "done");
  };
  if (files[0]) visit(files[0].path);
  return out;
}
