import { buildStaticGraph, stepName, type EntryCheck, type PipelineFact, type StepFact } from "@sagepipe/compiler";
import type { ts } from "ts-morph";
import { spanRange } from "./ts-diagnostics.ts";

/** The step whose method name is at `position`, with its pipeline. */
export function stepAt(checks: readonly { check: EntryCheck; source: ts.SourceFile }[], position: number): { pipeline: PipelineFact; step: StepFact } | undefined {
  for (const { check, source } of checks) {
    for (const pipeline of check.facts.pipelines) {
      for (const step of pipeline.steps) {
        const at = spanRange(step.span, source);
        if (at && position >= at.start && position <= at.start + at.length) return { pipeline, step };
      }
    }
  }
  return undefined;
}

/** What hovering a step method adds: its step name and kind, and the steps before and after it. */
export function stepHoverText(pipeline: PipelineFact, step: StepFact): string {
  const graph = buildStaticGraph(pipeline);
  const named = (method: string) => {
    const s = pipeline.steps.find((x) => x.method === method);
    return s ? `${method}() (${stepName(s)})` : `${method}()`;
  };
  const list = (methods: string[]) => (methods.length ? [...new Set(methods)].map(named).join(", ") : "none");
  const upstream = graph.edges.filter((e) => e.to === step.method).map((e) => e.from);
  const downstream = graph.edges.filter((e) => e.from === step.method).map((e) => e.to);
  return [
    `sagepipe step '${stepName(step)}' (${step.decorator}) of pipeline '${pipeline.name?.value ?? pipeline.className}'`,
    `upstream: ${list(upstream)}`,
    `downstream: ${list(downstream)}`,
  ].join("\n\n");
}

/** TypeScript's quick info with the step's text added (or the step's text alone). */
export function withStepHover(api: typeof ts, info: ts.QuickInfo | undefined, text: string, at: { start: number; length: number }): ts.QuickInfo {
  const part: ts.SymbolDisplayPart = { text, kind: "text" };
  if (!info) return { kind: api.ScriptElementKind.memberFunctionElement, kindModifiers: "", textSpan: at, displayParts: [], documentation: [part] };
  const documentation = info.documentation?.length ? [...info.documentation, { text: "\n\n", kind: "lineBreak" }, part] : [part];
  return { ...info, documentation };
}
