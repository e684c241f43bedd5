import { checkParsedEntry, declaresPipeline, type EntryCheck, type ParsedProgram } from "@sagepipe/compiler";
import type { ts } from "ts-morph";

/** A file of the user's own (not a declaration file, not a package's). */
function isUserFile(sf: ts.SourceFile): boolean {
  return !sf.isDeclarationFile && /\.(c|m)?tsx?$/.test(sf.fileName) && !sf.fileName.includes("/node_modules/");
}

/**
 * `sagepipe check` on every file of a program that declares a `@Pipeline` class, as the
 * language service's program is now. One per language service: it keeps each entry's result
 * and gives it back while every file the entry read is the very tree the program still holds
 * (tsserver keeps the trees of unchanged files), so a keystroke re-checks only the entries
 * that read the edited file.
 */
export class ProgramChecks {
  private readonly byEntry = new Map<string, { check: EntryCheck; files: string }>();
  private last?: { program: ts.Program; checks: readonly EntryCheck[] };

  constructor(private readonly api: typeof ts) {}

  /** The checks of every entry of the program. */
  all(program: ts.Program): readonly EntryCheck[] {
    if (this.last?.program === program) return this.last.checks;
    const parsed: ParsedProgram = { ts: this.api, sourceFile: (path) => program.getSourceFile(path) };
    const userFiles = program.getSourceFiles().filter(isUserFile);
    // A file appearing or vanishing may change what an unchanged file's imports resolve to.
    const files = userFiles.map((sf) => sf.fileName).join("\n");
    const checks: EntryCheck[] = [];
    const entries = new Set<string>();
    for (const sf of userFiles) {
      if (!declaresPipeline(parsed, sf)) continue;
      entries.add(sf.fileName);
      const kept = this.byEntry.get(sf.fileName);
      if (kept && kept.files === files && kept.check.sources.every((s) => program.getSourceFile(s.fileName) === s)) {
        checks.push(kept.check);
        continue;
      }
      const check = checkParsedEntry(parsed, sf.fileName);
      this.byEntry.set(sf.fileName, { check, files });
      checks.push(check);
    }
    for (const entry of this.byEntry.keys()) if (!entries.has(entry)) this.byEntry.delete(entry);
    this.last = { program, checks };
    return checks;
  }

  /** The checks of the entries that read `fileName`, each with the tree it read the file from. */
  reading(program: ts.Program, fileName: string): { check: EntryCheck; source: ts.SourceFile }[] {
    const out: { check: EntryCheck; source: ts.SourceFile }[] = [];
    for (const check of this.all(program)) {
      const source = check.sources.find((s) => s.fileName === fileName);
      if (source) out.push({ check, source });
    }
    return out;
  }
}
