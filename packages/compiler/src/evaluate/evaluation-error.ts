import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { errorPlace } from "@sagepipe/core";
import { diagnostic, type Diagnostic, type SourceSpan } from "../diagnostics/diagnostic.ts";
import type { PipelineFact } from "../extract/facts.ts";
import { memberSpan, type SourceIndex } from "./value-origin.ts";

const FRAME = /\(?((?:file:\/\/)?\/[^()\s]+?):(\d+):(\d+)\)?\s*$/;

/** The first stack frame in one of `files` (tsx maps frames to the TypeScript source). */
export function userFrame(stack: string | undefined, files: ReadonlySet<string>): SourceSpan | undefined {
  for (const line of (stack ?? "").split("\n").slice(1)) {
    const m = FRAME.exec(line);
    if (!m) continue;
    const file = m[1]!.startsWith("file://") ? fileURLToPath(m[1]!) : m[1]!;
    if (!files.has(file)) continue;
    const at = { line: Number(m[2]), col: Number(m[3]) };
    let text = "";
    try {
      text = readFileSync(file, "utf8").split(/\r?\n/)[at.line - 1] ?? "";
    } catch {
      // the frame stays, with a one-character span
    }
    return { file, ...at, length: Math.max(1, text.trimEnd().length - at.col + 1) };
  }
  return undefined;
}

/** The step or helper method whose declaration comes last before `span` in its file. */
function methodAround(p: PipelineFact, span: SourceSpan): string | undefined {
  const members = [...p.steps, ...p.helpers].filter((m) => m.span.file === span.file && m.span.line <= span.line);
  return members.sort((a, b) => b.span.line - a.span.line)[0]?.method;
}

/**
 * SP801: evaluating the class threw. The error's place (recorded by the DSL as data: the step
 * method, where the wrong value was made and which option) decides where it is shown: at that
 * option; else at the line of the pipeline's code that threw it (the first stack frame in the
 * pipeline's files); else at the step method; else at the class.
 */
export function evaluationError(p: PipelineFact, e: unknown, index: SourceIndex): Diagnostic {
  const text = e instanceof Error ? e.message : String(e);
  const isUserError = e instanceof Error && typeof (e as { exitCode?: unknown }).exitCode === "number";
  const place = errorPlace(e) ?? {};
  const message = place.path ? `${text.replace(/\.$/, "")} (at ${place.path.join("/")} of the step).` : text;
  const methodSpan = p.steps.find((s) => s.method === place.method)?.span;
  const path = place.path?.filter((k) => k !== "Arguments") ?? (place.key ? [place.key] : []);
  const valueSpan = place.isMethod ? undefined : index.span(place.at, path);
  const frame = place.isMethod || valueSpan ? undefined : e instanceof Error ? userFrame(e.stack, index.userFiles) : undefined;
  const thrownAt = frame && place.key ? index.spanAt(frame, [place.key]) : frame && place.member ? memberSpan(index, frame, place.member) ?? frame : frame;
  const span = valueSpan ?? thrownAt ?? methodSpan ?? p.span;
  const method = place.method ?? (thrownAt && methodAround(p, thrownAt));
  if (isUserError) return diagnostic("SP801", "error", span, message, "Fix the step as the message says.");
  const early = /Cannot access '([^']+)' before initialization/.exec(text)?.[1];
  if (early) return diagnostic("SP801", "error", span, `Evaluating ${p.className} failed${method ? ` in ${method}()` : ""}: ${message}`, `${early} is used before its declaration has run: declare it above the code that uses it; when the pipeline's files import each other in a cycle (warning SP032), move ${early} into a file that imports neither, or turn one import into \`import type\`.`);
  return diagnostic(
    "SP801", "error", span,
    `Evaluating ${p.className} failed${method ? ` in ${method}()` : ""}: ${message}`,
    span !== p.span ? "Fix the error thrown here; run with SAGEPIPE_DEBUG=1 to see the whole stack." : "Fix the error in the pipeline's code; run with SAGEPIPE_DEBUG=1 to see where it was thrown.",
  );
}
