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

/**
 * Steps each helper method reaches through the helpers it calls (depth first, in source
 * order), computed once per helper over references indexed by method, so that many steps
 * calling one helper stay linear.
 */
function helperReachFinder(p: PipelineFact, steps: ReadonlySet<string>): (helper: string) => ReadonlySet<string> {
  const callsFrom = new Map<string, string[]>();
  for (const r of p.references) (callsFrom.get(r.from) ?? callsFrom.set(r.from, []).get(r.from)!).push(r.to);
  const reach = (helper: string, seen: Set<string>, out: Set<string>): Set<string> => {
    if (seen.has(helper)) return out;
    seen.add(helper);
    for (const to of callsFrom.get(helper) ?? []) {
      if (steps.has(to)) out.add(to);
      else reach(to, seen, out);
    }
    return out;
  };
  const memo = new Map<string, Set<string>>();
  return (helper) => memo.get(helper) ?? memo.set(helper, reach(helper, new Set(), new Set())).get(helper)!;
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
  const helperReach = helperReachFinder(p, stepNames);
  for (const r of p.references) {
    if (!stepNames.has(r.from)) continue;
    if (r.kind === "branch") {
      if (stepNames.has(r.to)) add({ from: r.from, to: r.to, kind: "branch", span: r.span });
    } else if (r.kind === "dependsOn") {
      if (stepNames.has(r.to)) add({ from: r.to, to: r.from, kind: "dependsOn", span: r.span });
    } else if (stepNames.has(r.to)) {
      add({ from: r.to, to: r.from, kind: "data", span: r.span });
    } else {
      for (const s of helperReach(r.to)) add({ from: s, to: r.from, kind: "data", span: r.span });
    }
  }
  return { steps: p.steps, edges };
}

/**
 * Finds cycles through data, depends-on and branch edges (a step in a branch runs after its
 * condition), each as a list of step methods, first repeated last.
 */
export function findCycles(graph: StaticGraph): string[][] {
  const out = new Map<string, string[]>();
  for (const e of graph.edges) (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.to);
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
