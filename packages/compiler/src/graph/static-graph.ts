import type { SourceSpan } from "../diagnostics/diagnostic.ts";
import type { PipelineFact, StepFact } from "../extract/facts.ts";

/** An edge between step methods: data (`this.a()` in b), depends-on, or branch (b sits in a's branch). */
export interface StaticEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: "data" | "dependsOn" | "branch";
  readonly span: SourceSpan;
}

/** The pipeline's steps and edges, from the source alone. */
export interface StaticGraph {
  readonly steps: readonly StepFact[];
  readonly edges: readonly StaticEdge[];
}

/** Steps a helper method reaches through the helpers it calls. */
function helperReach(p: PipelineFact, helper: string, steps: ReadonlySet<string>, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  if (seen.has(helper)) return out;
  seen.add(helper);
  for (const r of p.references) {
    if (r.from !== helper) continue;
    if (steps.has(r.to)) out.add(r.to);
    else for (const s of helperReach(p, r.to, steps, seen)) out.add(s);
  }
  return out;
}

/** Builds the static graph: references from step methods (and the helpers they call) to steps. */
export function buildStaticGraph(p: PipelineFact): StaticGraph {
  const stepNames = new Set(p.steps.map((s) => s.method));
  const edges: StaticEdge[] = [];
  const seen = new Set<string>();
  const add = (e: StaticEdge) => {
    const key = `${e.from}\u0000${e.to}\u0000${e.kind}`;
    if (e.from === e.to && e.kind !== "data") return;
    if (!seen.has(key)) {
      seen.add(key);
      edges.push(e);
    }
  };
  for (const r of p.references) {
    if (!stepNames.has(r.from)) continue;
    if (r.kind === "branch") {
      if (stepNames.has(r.to)) add({ from: r.from, to: r.to, kind: "branch", span: r.span });
    } else if (r.kind === "dependsOn") {
      if (stepNames.has(r.to)) add({ from: r.to, to: r.from, kind: "dependsOn", span: r.span });
    } else if (stepNames.has(r.to)) {
      add({ from: r.to, to: r.from, kind: "data", span: r.span });
    } else {
      for (const s of helperReach(p, r.to, stepNames)) add({ from: s, to: r.from, kind: "data", span: r.span });
    }
  }
  return { steps: p.steps, edges };
}

/** Finds one cycle through data and depends-on edges (as a list of step methods, first repeated last). */
export function findCycles(graph: StaticGraph): string[][] {
  const out = new Map<string, string[]>();
  for (const e of graph.edges) if (e.kind !== "branch") (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.to);
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (n: string): void => {
    state.set(n, 1);
    stack.push(n);
    for (const m of out.get(n) ?? []) {
      if (state.get(m) === 1) cycles.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 2);
  };
  for (const s of graph.steps) if (!state.has(s.method)) visit(s.method);
  return cycles;
}
