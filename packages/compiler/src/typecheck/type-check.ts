import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { ts } from "ts-morph";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { loadCheckerTypescript, type CheckerTypescript } from "./checker-typescript.ts";
import { InstalledFilesWatch } from "./installed-files-watch.ts";
import { projectConfig, type ProjectConfig } from "./project-config.ts";
import { recordingHost, type ProgramInputs } from "./recording-host.ts";
import { fromTsDiagnostic, messageText } from "./ts-diagnostic.ts";

/** A type check's findings and everything it read (for the cache). */
export interface TypeCheckRun {
  readonly diagnostics: readonly Diagnostic[];
  readonly config: ProjectConfig;
  readonly inputs?: ProgramInputs;
}

/**
 * The last program this process made, reused as `oldProgram` by the next type check of the
 * same entry with the same TypeScript and options (a watch, a language of tests): TypeScript
 * then skips resolving the modules of unchanged files and takes their parsed and bound trees
 * as they are. A reused resolution reads and looks for nothing, so what the last run's
 * resolutions read (package.json files), the paths it found missing and the links it followed
 * are carried over into the new run's inputs (for the cache); when one of those files changed,
 * one of those paths appeared or a link leads elsewhere, the program is made afresh.
 */
let previous: { key: string; program: ts.Program; inputs: ProgramInputs } | undefined;

/** The folders of the last program's installed files, watched (only for `watchInstalled` checks). */
let installedWatch: InstalledFilesWatch | undefined;

/** Options of `runTypeCheck`. */
export interface TypeCheckOptions {
  /**
   * For a process that checks the same entry again and again (`build --watch`): watch the
   * folders of the installed files the program read, and while nothing changes in them reuse
   * those files without a stat of each (see `InstalledFilesWatch`). The findings are the same.
   */
  readonly watchInstalled?: boolean;
}

/**
 * Type-checks the entry and what it imports with `checker` and the project's options, and
 * returns TypeScript's errors in the user's own files (`userFiles`: the entry and the files it
 * imports by relative path). Errors inside packages (ours included, which may be compiled
 * under other options) are not the user's to fix and are not reported. Like tsc, reports
 * syntax errors alone when there are any.
 */
export function runTypeCheck(entry: string, userFiles: readonly string[], checker: CheckerTypescript, options: TypeCheckOptions = {}): TypeCheckRun {
  const t = loadCheckerTypescript(checker);
  const ts = t.ts;
  const config = projectConfig(t, dirname(resolve(entry)));
  if (config.diagnostics.length) return { diagnostics: config.diagnostics, config };
  const key = JSON.stringify([checker.file, resolve(entry), config.file ?? "", config.options], (k, v: unknown) => (k === "configFile" ? undefined : v));
  const watch = options.watchInstalled ? (installedWatch ??= new InstalledFilesWatch()) : undefined;
  const trusted = watch !== undefined && previous?.key === key && watch.trusted(previous.inputs);
  if (watch && !trusted) watch.verifying();
  const own = new Set(userFiles.map((f) => resolve(f)));
  // Vouched for: what the last program read outside the user's files (their folders are the watched ones).
  const lastRead = previous?.inputs.read;
  const { host, inputs } = recordingHost(t, config.options, trusted && lastRead ? { unchanged: (p) => !own.has(p) && lastRead.has(p) } : {});
  const oldProgram = previous?.key === key && (trusted || resolvedAlike(previous)) ? previous.program : undefined;
  const program = ts.createProgram({ rootNames: [resolve(entry)], options: config.options, host, ...(oldProgram ? { oldProgram } : {}) });
  if (oldProgram && previous) {
    for (const p of previous.inputs.absent) inputs.absent.add(p);
    for (const [p, real] of previous.inputs.links) if (!inputs.links.has(p)) inputs.links.set(p, real);
    for (const [p, text] of previous.inputs.read) if (!inputs.read.has(p) && !previous.program.getSourceFile(p)) inputs.read.set(p, text);
  }
  previous = { key, program, inputs };
  watch?.cover(inputs, (p) => own.has(p));
  const optionProblems = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map((d) => {
    const file = d.file?.fileName ?? config.file ?? entry;
    const converted = fromTsDiagnostic(ts, d, file);
    if (!config.file || file !== config.file) return converted;
    return diagnostic("SP013", "error", converted.span, `${config.file} cannot be used: ${messageText(ts, d.messageText)} (TS${d.code})`,
      `Correct ${config.file} as the message says.`);
  });
  const files = userFiles.map((f) => program.getSourceFile(f)).filter((f) => f !== undefined);
  const syntax = files.flatMap((f) => program.getSyntacticDiagnostics(f));
  const found = syntax.length ? syntax : files.flatMap((f) => program.getSemanticDiagnostics(f));
  const diagnostics = [...optionProblems, ...found.map((d) => fromTsDiagnostic(ts, d, entry))];
  return { diagnostics, config, inputs };
}

/**
 * Whether the files a run read other than its program's sources (package.json files) are as
 * they were, every path it found missing is still missing and every link it followed still
 * leads where it did.
 */
function resolvedAlike({ program, inputs }: { program: ts.Program; inputs: ProgramInputs }): boolean {
  for (const [p, text] of inputs.read) {
    if (program.getSourceFile(p)) continue;
    try {
      if (readFileSync(p, "utf8") !== text) return false;
    } catch {
      return false;
    }
  }
  for (const p of inputs.absent) if (existsSync(p)) return false;
  for (const [p, real] of inputs.links) {
    try {
      if (realpathSync.native(p) !== real) return false;
    } catch {
      return false;
    }
  }
  return true;
}
