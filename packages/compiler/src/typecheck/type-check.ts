import { dirname, resolve } from "node:path";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { loadCheckerTypescript, type CheckerTypescript } from "./checker-typescript.ts";
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
 * Type-checks the entry and what it imports with `checker` and the project's options, and
 * returns TypeScript's errors in the user's own files (`userFiles`: the entry and the files it
 * imports by relative path). Errors inside packages (ours included, which may be compiled
 * under other options) are not the user's to fix and are not reported. Like tsc, reports
 * syntax errors alone when there are any.
 */
export function runTypeCheck(entry: string, userFiles: readonly string[], checker: CheckerTypescript): TypeCheckRun {
  const t = loadCheckerTypescript(checker);
  const ts = t.ts;
  const config = projectConfig(t, dirname(resolve(entry)));
  if (config.diagnostics.length) return { diagnostics: config.diagnostics, config };
  const { host, inputs } = recordingHost(t, config.options);
  const program = ts.createProgram({ rootNames: [resolve(entry)], options: config.options, host });
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
