import type { Edge } from "@sagepipe/core";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { PipelineFact } from "../extract/facts.ts";
import type { StaticGraph } from "../graph/static-graph.ts";

const key = (e: { from: string; to: string }) => `${e.from} -> ${e.to}`;

/**
 * SP802: an edge that evaluation saw but the source does not show (a reference hidden behind
 * a helper outside the class). SP803 (warning): a step method called whose outputs are never used.
 */
export function compareEdges(p: PipelineFact, graph: StaticGraph, evaluated: readonly Edge[]): Diagnostic[] {
  const dependency = (e: { kind: string }) => e.kind !== "branch";
  const staticDeps = new Map(graph.edges.filter(dependency).map((e) => [key(e), e]));
  const staticBranches = new Set(graph.edges.filter((e) => !dependency(e)).map(key));
  const evaluatedDeps = new Set(evaluated.filter(dependency).map(key));
  const out: Diagnostic[] = [];
  const stepSpan = (m: string) => p.steps.find((s) => s.method === m)?.span ?? p.span;
  for (const e of evaluated) {
    const seen = dependency(e) ? staticDeps.has(key(e)) : staticBranches.has(key(e));
    if (!seen) {
      out.push(diagnostic("SP802", "error", stepSpan(e.to), `${e.to}() ${dependency(e) ? "uses" : "is in a branch of"} ${e.from}() when evaluated, but the source does not show that reference (it is hidden behind a function outside the class).`, `Write the reference inside the class: call this.${e.from}() in ${e.to}() (or in a method of the class it calls).`));
    }
  }
  for (const [k, e] of staticDeps) {
    if (e.kind === "data" && !evaluatedDeps.has(k)) {
      out.push(diagnostic("SP803", "warning", e.span, `${e.to}() calls ${e.from}() but uses none of its outputs or properties, so the definition has no dependency between them.`, `To make ${e.to}() wait for ${e.from}() without using its data, add dependsOn: (self) => [self.${e.from}].`));
    }
  }
  return out;
}
