import type { ts } from "ts-morph";

const CORE = "@sagepipe/core";

/**
 * Makes `name` (a tag or helper of @sagepipe/core) usable in the file: nothing when it is
 * imported already, else an edit adding it to the file's import of @sagepipe/core, or a new
 * import after the last one.
 */
export function importFromCore(api: typeof ts, sf: ts.SourceFile, name: string): ts.TextChange[] {
  let lastImportEnd = 0;
  let core: ts.NamedImports | undefined;
  for (const st of sf.statements) {
    if (!api.isImportDeclaration(st)) continue;
    lastImportEnd = st.getEnd();
    const bindings = st.importClause?.namedBindings;
    if (bindings && api.isNamedImports(bindings)) {
      if (bindings.elements.some((e) => e.name.text === name)) return [];
      if (api.isStringLiteral(st.moduleSpecifier) && st.moduleSpecifier.text === CORE && !st.importClause?.isTypeOnly) core ??= bindings;
    }
  }
  if (core) {
    const last = core.elements[core.elements.length - 1];
    return last ? [{ span: { start: last.getEnd(), length: 0 }, newText: `, ${name}` }] : [{ span: { start: core.getStart(sf) + 1, length: 0 }, newText: ` ${name} ` }];
  }
  const text = `import { ${name} } from "${CORE}";\n`;
  return lastImportEnd ? [{ span: { start: lastImportEnd, length: 0 }, newText: `\n${text.trimEnd()}` }] : [{ span: { start: 0, length: 0 }, newText: text }];
}

/** `s3` for text that is an S3 URI, else `str`. */
export function tagFor(text: string): "s3" | "str" {
  return text.startsWith("s3://") ? "s3" : "str";
}

/** Text as it must be written inside a template literal. */
export function templateText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
}
