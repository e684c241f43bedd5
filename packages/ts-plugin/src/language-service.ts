import type { ts } from "ts-morph";
import { FIXES } from "./fixes/index.ts";
import type { ProgramChecks } from "./program-checks.ts";
import { stepAt, stepHoverText, withStepHover } from "./step-hover.ts";
import { numericCode, spanRange, toTsDiagnostic } from "./ts-diagnostics.ts";

/** Where the plugin says what went wrong inside itself (tsserver's log); it never throws into the editor. */
export type Log = (message: string) => void;

/** How the plugin writes to tsserver's log: errors always; with `timings`, the time each file's diagnostics took (the benchmark reads it). */
export interface PluginLog {
  readonly log: Log;
  readonly timings: boolean;
}

/**
 * The language service with sagepipe added: its diagnostics after TypeScript's semantic ones,
 * quick fixes for them, and step facts in the hover of a step method. Each addition runs
 * guarded: on an error of ours the editor gets TypeScript's answer alone and the log the stack.
 */
export function decorate(api: typeof ts, service: ts.LanguageService, checks: ProgramChecks, { log, timings }: PluginLog): ts.LanguageService {
  const guarded = <T>(what: string, fallback: T, fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      log(`sagepipe: ${what} failed: ${e instanceof Error ? e.stack : String(e)}`);
      return fallback;
    }
  };
  const ours = (fileName: string) => {
    const program = service.getProgram();
    return program ? { program, reading: checks.reading(program, fileName) } : undefined;
  };
  const proxy: ts.LanguageService = Object.create(null);
  for (const key of Object.keys(service) as (keyof ts.LanguageService)[]) {
    const value = service[key];
    (proxy as unknown as Record<string, unknown>)[key] = typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(service) : value;
  }

  proxy.getSemanticDiagnostics = (fileName) => {
    const base = service.getSemanticDiagnostics(fileName);
    const started = timings ? { wall: performance.now(), cpu: process.cpuUsage() } : undefined;
    const added = guarded("diagnostics", [] as ts.Diagnostic[], () => {
      const found = ours(fileName);
      const sf = found?.program.getSourceFile(fileName);
      if (!found || !sf) return [];
      const seen = new Set<string>();
      const out: ts.Diagnostic[] = [];
      for (const { check, source } of found.reading) {
        if (source !== sf) continue; // read from another text than the editor's (not in the program)
        for (const d of check.diagnostics) {
          const td = d.span.file === fileName ? toTsDiagnostic(api, d, sf, found.program) : undefined;
          const key = td && `${td.code} ${td.start} ${d.message}`;
          if (td && !seen.has(key!)) {
            seen.add(key!);
            out.push(td);
          }
        }
      }
      return out;
    });
    if (started) {
      const cpu = process.cpuUsage(started.cpu);
      log(`sagepipe: diagnostics of ${fileName} in ${(performance.now() - started.wall).toFixed(2)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(2)} ms)`);
    }
    return added.length ? [...base, ...added] : base;
  };

  proxy.getSupportedCodeFixes = (fileName) => {
    const base = service.getSupportedCodeFixes ? service.getSupportedCodeFixes(fileName) : api.getSupportedCodeFixes();
    return [...base, ...Object.keys(FIXES).map((c) => String(numericCode(c)))];
  };

  proxy.getCodeFixesAtPosition = (fileName, start, end, errorCodes, formatOptions, preferences) => {
    const base = service.getCodeFixesAtPosition(fileName, start, end, errorCodes, formatOptions, preferences);
    const added = guarded("quick fixes", [] as ts.CodeFixAction[], () => {
      const found = ours(fileName);
      const sf = found?.program.getSourceFile(fileName);
      if (!found || !sf) return [];
      const out: ts.CodeFixAction[] = [];
      const made = new Set<string>();
      for (const { check, source } of found.reading) {
        if (source !== sf) continue;
        for (const d of check.diagnostics) {
          const make = FIXES[d.code];
          const at = make && errorCodes.includes(numericCode(d.code)) ? spanRange(d.span, sf) : undefined;
          if (!make || !at || at.start > end || at.start + at.length < start) continue;
          const fix = make({ api, sf, diagnostic: d, check, start: at.start });
          const key = fix && JSON.stringify(fix.changes);
          if (!fix || made.has(key!)) continue;
          made.add(key!);
          out.push({ fixName: fix.name, description: fix.description, changes: [{ fileName, textChanges: [...fix.changes] }] });
        }
      }
      return out;
    });
    return added.length ? [...base, ...added] : base;
  };

  proxy.getQuickInfoAtPosition = (fileName, position, ...rest: unknown[]) => {
    const base = (service.getQuickInfoAtPosition as (...a: unknown[]) => ts.QuickInfo | undefined)(fileName, position, ...rest);
    return guarded("hover", base, () => {
      const found = ours(fileName);
      const sf = found?.program.getSourceFile(fileName);
      const hit = found && sf ? stepAt(found.reading.filter((r) => r.source === sf), position) : undefined;
      if (!hit || !sf) return base;
      const at = spanRange(hit.step.span, sf)!;
      return withStepHover(api, base, stepHoverText(hit.pipeline, hit.step), at);
    });
  };
  return proxy;
}
