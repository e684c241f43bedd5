import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { stepName } from "../checks/check.ts";
import { diagnostic, type Diagnostic, type SourceSpan } from "../diagnostics/diagnostic.ts";
import type { PipelineFact } from "../extract/facts.ts";

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
 * SP801: evaluating the class threw. A user error from the DSL (an Error with `exitCode`) is
 * shown at the step its message names; any other error at the line of the pipeline's code
 * that threw it, or at the class when no frame of the stack is in the pipeline's files.
 */
export function evaluationError(p: PipelineFact, e: unknown): Diagnostic {
  const message = e instanceof Error ? e.message : String(e);
  const isUserError = e instanceof Error && typeof (e as { exitCode?: unknown }).exitCode === "number";
  if (isUserError) {
    const step = p.steps.find((s) => message.includes(`.${s.method} `) || message.includes(`Step ${stepName(s)}:`));
    return diagnostic("SP801", "error", step?.span ?? p.span, message, "Fix the step as the message says.");
  }
  const files = new Set([p.file, ...p.steps.map((s) => s.span.file), ...p.helpers.map((h) => h.span.file)]);
  const thrownAt = e instanceof Error ? userFrame(e.stack, files) : undefined;
  const method = thrownAt && methodAround(p, thrownAt);
  return diagnostic(
    "SP801", "error", thrownAt ?? p.span,
    `Evaluating ${p.className} failed${method ? ` in ${method}()` : ""}: ${message}`,
    thrownAt ? "Fix the error thrown here; run with SAGEPIPE_DEBUG=1 to see the whole stack." : "Fix the error in the pipeline's code; run with SAGEPIPE_DEBUG=1 to see where it was thrown.",
  );
}
