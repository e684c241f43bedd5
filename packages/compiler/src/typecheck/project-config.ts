import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ts } from "ts-morph";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { LoadedTypescript } from "./checker-typescript.ts";
import { messageText, spanAt } from "./ts-diagnostic.ts";

/** The compiler options a type check uses, and where they came from. */
export interface ProjectConfig {
  readonly options: ts.CompilerOptions;
  /** The tsconfig.json used (none: sagepipe's defaults). */
  readonly file?: string;
  /** Every file the options were read from (the tsconfig and what it extends), for the cache. */
  readonly readFiles: readonly string[];
  /** Files looked for that did not exist (a tsconfig.json nearer the entry, @types/node). */
  readonly absent: readonly string[];
  /** Mistakes in it (SP013-SP015); with any error the type check does not run. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The nearest tsconfig.json in the entry's folder or above it, and the places looked at first. */
export function findTsconfig(entryDir: string): { file?: string; looked: string[] } {
  const looked: string[] = [];
  for (let dir = entryDir; ; dir = dirname(dir)) {
    const file = join(dir, "tsconfig.json");
    if (existsSync(file)) return { file, looked };
    looked.push(file);
    if (dirname(dir) === dir) return { looked };
  }
}

/** Options a type check always uses: sagepipe never writes JavaScript. */
const NO_EMIT = ["composite", "incremental", "tsBuildInfoFile", "declaration", "declarationMap", "emitDeclarationOnly", "outDir", "outFile", "sourceMap"];

/** sagepipe's defaults for a project with no tsconfig.json: strict, Node's ESM resolution. */
function defaultOptions(t: typeof ts, entryDir: string, absent: string[]): ts.CompilerOptions {
  const hasNodeTypes = (() => {
    for (let dir = entryDir; ; dir = dirname(dir)) {
      const types = join(dir, "node_modules", "@types", "node");
      if (existsSync(types)) return true;
      absent.push(types);
      if (dirname(dir) === dir) return false;
    }
  })();
  return {
    target: t.ScriptTarget.ES2022,
    module: t.ModuleKind.NodeNext,
    moduleResolution: t.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    types: hasNodeTypes ? ["node"] : [],
  };
}

/** Where a compiler option is written in the tsconfig (its line), else the file's first line. */
function optionSpan(source: ts.TsConfigSourceFile | undefined, file: string, name: string, t: typeof ts) {
  const text = source?.text ?? "";
  const at = text.search(new RegExp(`"${name}"\\s*:`));
  return spanAt(t, source, file, at < 0 ? 0 : at, at < 0 ? 1 : name.length + 2);
}

const CJS_MODULES = new Set(["CommonJS", "AMD", "UMD", "System", "None"]);

/** Settings under which the pipeline (an ES module importing ES module packages) cannot type-check. */
function unworkableOptions(t: LoadedTypescript, o: ts.CompilerOptions, source: ts.TsConfigSourceFile | undefined, file: string): Diagnostic[] {
  const ts = t.ts;
  const out: Diagnostic[] = [];
  const moduleName = o.module === undefined ? undefined : ts.ModuleKind[o.module];
  // getEmitModuleResolutionKind is internal to TypeScript's API (stable since 4.x; its public types leave it out).
  const resolution = (ts as unknown as { getEmitModuleResolutionKind(o: ts.CompilerOptions): ts.ModuleResolutionKind }).getEmitModuleResolutionKind(o);
  if ((moduleName && CJS_MODULES.has(moduleName)) || resolution === ts.ModuleResolutionKind.Classic || resolution === ts.ModuleResolutionKind.Node10) {
    const option = moduleName && CJS_MODULES.has(moduleName) ? "module" : "moduleResolution";
    const value = option === "module" ? moduleName : ts.ModuleResolutionKind[resolution];
    out.push(diagnostic("SP014", "error", optionSpan(source, file, option, ts),
      `${file} sets "${option}" to ${value}: the pipeline runs as an ES module and imports @sagepipe/core, an ES module package found through its "exports", which this setting type-checks as CommonJS or cannot resolve.`,
      `In ${file}, set "module": "nodenext" (and "moduleResolution": "nodenext", or leave it out); with a bundler, "module": "preserve" and "moduleResolution": "bundler".`));
  }
  const major = Number(t.version.split(".")[0]);
  if (major < 5 && !o.experimentalDecorators) {
    out.push(diagnostic("SP015", "error", optionSpan(source, file, "compilerOptions", ts),
      `The project's TypeScript ${t.version} type-checks only legacy decorators, and ${file} does not turn them on, so every @Pipeline and step decorator fails the type check.`,
      `Add "experimentalDecorators": true to "compilerOptions" in ${file}, or install TypeScript 5 or later (npm install -D typescript@5) for standard decorators.`));
  }
  return out;
}

/**
 * The options for type-checking `entry`: the nearest tsconfig.json's compiler options (with
 * what it extends; its `files`/`include` are not used: the program is the entry and what it
 * imports), else sagepipe's defaults. Never emits.
 */
export function projectConfig(t: LoadedTypescript, entryDir: string): ProjectConfig {
  const ts = t.ts;
  const found = findTsconfig(entryDir);
  const absent = found.looked;
  if (!found.file) return { options: { ...defaultOptions(ts, entryDir, absent), noEmit: true }, readFiles: [], absent, diagnostics: [] };
  const file = found.file;
  const readFiles: string[] = [];
  const host: ts.ParseConfigHost = {
    useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
    readDirectory: () => [],
    fileExists: (p) => ts.sys.fileExists(p),
    readFile: (p) => {
      const text = ts.sys.readFile(p);
      if (text !== undefined) readFiles.push(p);
      return text;
    },
  };
  const source = ts.readJsonConfigFile(file, host.readFile);
  const parsed = ts.parseJsonSourceFileConfigFileContent(source, host, dirname(file), undefined, file);
  // parseDiagnostics (JSON syntax errors) is internal to the API's types, as above.
  const errors = [...((source as unknown as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics ?? []), ...parsed.errors].filter((d) => d.code !== 18003); // "no inputs": the entry is the input
  const diagnostics = errors.map((d) => {
    // A file it extends that cannot be read (TS5083, TS6053) comes without a place: the "extends" line.
    const span = !d.file && (d.code === 5083 || d.code === 6053) ? optionSpan(source, file, "extends", ts) : spanAt(ts, d.file, d.file?.fileName ?? file, d.start ?? 0, d.length ?? 1);
    return diagnostic("SP013", "error", span, `${span.file} cannot be used: ${messageText(ts, d.messageText)} (TS${d.code})`,
      `Correct ${span.file} as the message says; a tsconfig.json is JSON with comments, and every file it extends must exist.`);
  });
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true };
  for (const k of NO_EMIT) delete options[k];
  if (!diagnostics.length) diagnostics.push(...unworkableOptions(t, options, source, file));
  return { options, file, readFiles: [...new Set([file, ...readFiles])], absent, diagnostics };
}
