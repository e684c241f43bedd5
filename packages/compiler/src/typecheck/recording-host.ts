import { statSync } from "node:fs";
import { join } from "node:path";
import type { ts } from "ts-morph";
import type { LoadedTypescript } from "./checker-typescript.ts";

/** Everything a program read from the disk: what the type check's cache entry is keyed on. */
export interface ProgramInputs {
  /** Files read, with their text (TypeScript's own lib files excluded: its version covers them). */
  readonly read: Map<string, string>;
  /** Files and folders looked for that did not exist (a new one may change how an import resolves). */
  readonly absent: Set<string>;
  /** Paths that resolved through symbolic links, and where to. */
  readonly links: Map<string, string>;
  /**
   * Installed files (under node_modules) whose text differs from what this process parsed of
   * them before: a package reinstalled or edited since (a watch tells the user; not a cache key).
   */
  readonly changedInstalled?: Set<string>;
}

interface ParsedEntry {
  readonly text: string;
  readonly sourceFile: ts.SourceFile;
  /** For a file under node_modules: its size and modification time when read. */
  readonly stat?: { readonly size: number; readonly mtimeMs: number };
}

/**
 * Parsed files kept for the process, by path and the settings they were parsed with, as the
 * language service's document registry does: a second type check in one process (a test
 * suite, a watch) parses only what changed. Keyed on the options' text too, since binding
 * depends on them.
 */
const parsed = new Map<string, ParsedEntry>();
const MAX_PARSED = 20_000;

function parseKey(fileName: string, v: ts.ScriptTarget | ts.CreateSourceFileOptions, optionsKey: string): string {
  const o = typeof v === "object" ? `${v.languageVersion}/${v.impliedNodeFormat ?? ""}/${v.jsDocParsingMode ?? ""}` : String(v);
  return `${fileName}\0${o}\0${optionsKey}`;
}

/**
 * A compiler host over the disk that records every file it reads, every path it finds
 * missing and every symbolic link it follows, serves ts-morph's lib files when the bundled
 * TypeScript checks, and reuses the files this process already parsed.
 */
export function recordingHost(t: LoadedTypescript, options: ts.CompilerOptions, reuse: { readonly unchanged?: (path: string) => boolean } = {}): { host: ts.CompilerHost; inputs: ProgramInputs } {
  const ts = t.ts;
  const base = ts.createCompilerHost(options, true);
  const inputs: ProgramInputs = { read: new Map(), absent: new Set(), links: new Map(), changedInstalled: new Set() };
  const isLib = (p: string) => p.startsWith(t.libDir + "/");
  const optionsKey = JSON.stringify(options, (k, v: unknown) => (k === "configFile" || k === "configFilePath" || k === "pathsBasePath" ? undefined : v));
  const readFile = (p: string): string | undefined => {
    const lib = t.libFiles?.get(p);
    if (lib !== undefined) return lib;
    const text = base.readFile(p);
    if (text === undefined) inputs.absent.add(p);
    else if (!isLib(p)) inputs.read.set(p, text);
    return text;
  };
  const host: ts.CompilerHost = {
    ...base,
    // As tsc parses (TypeScript 5.3+): JSDoc comments in .ts and .d.ts files are skipped
    // unless they hold @see or @link, and JavaScript's are parsed. The same errors, less to
    // parse: @types/node and lib.dom.d.ts are mostly comments.
    ...(ts.JSDocParsingMode ? { jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeErrors } : {}),
    getDefaultLibLocation: () => t.libDir,
    getDefaultLibFileName: (o) => join(t.libDir, ts.getDefaultLibFileName(o)),
    fileExists: (p) => {
      if (t.libFiles?.has(p)) return true;
      const found = base.fileExists(p);
      if (!found) inputs.absent.add(p);
      return found;
    },
    directoryExists: (d) => {
      if (d === t.libDir && t.libFiles) return true;
      const found = base.directoryExists?.(d) ?? true;
      if (!found) inputs.absent.add(d);
      return found;
    },
    realpath: (p) => {
      const real = base.realpath?.(p) ?? p;
      if (real !== p) inputs.links.set(p, real);
      return real;
    },
    readFile,
    getSourceFile: (fileName, languageVersion, onError) => {
      const key = parseKey(fileName, languageVersion, optionsKey);
      const same = parsed.get(key);
      // A file the caller vouches for (a watch: nothing changed in its watched folder since it
      // was read, InstalledFilesWatch) is not even looked at; recorded as a read would record it.
      if (same && reuse.unchanged?.(fileName)) {
        if (!t.libFiles?.has(fileName) && (fileName.includes("/node_modules/") || !isLib(fileName))) inputs.read.set(fileName, same.text);
        return same.sourceFile;
      }
      // An installed package's file with the size and time it had is not read again (a watch
      // type-checks again after each edit, against the same ~1,600 declaration files).
      // ts-morph's lib files are served from memory (`libFiles`): nothing on disk to look at.
      const installed = fileName.includes("/node_modules/") && !t.libFiles?.has(fileName);
      const stat = installed ? statSync(fileName, { throwIfNoEntry: false }) : undefined;
      if (stat && same?.stat && same.stat.size === stat.size && same.stat.mtimeMs === stat.mtimeMs) {
        inputs.read.set(fileName, same.text);
        return same.sourceFile;
      }
      const text = readFile(fileName);
      if (text === undefined) {
        onError?.(`Cannot read ${fileName}.`);
        return undefined;
      }
      const known = parsed.get(key);
      if (known?.text === text) {
        // Touched, not changed: keep its new size and time, so that it is not read again.
        if (stat) parsed.set(key, { ...known, stat: { size: stat.size, mtimeMs: stat.mtimeMs } });
        return known.sourceFile;
      }
      if (known && installed) inputs.changedInstalled?.add(fileName);
      const sourceFile = ts.createSourceFile(fileName, text, languageVersion);
      if (parsed.size >= MAX_PARSED) parsed.clear();
      parsed.set(key, { text, sourceFile, ...(stat ? { stat: { size: stat.size, mtimeMs: stat.mtimeMs } } : {}) });
      return sourceFile;
    },
  };
  return { host, inputs };
}
