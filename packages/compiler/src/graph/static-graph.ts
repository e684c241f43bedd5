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
  // Iterative depth-first walk (a chain of helpers may be thousands deep): the same order as
  // the recursive one, each helper's calls in source order.
  const reach = (helper: string): Set<string> => {
    const out = new Set<string>();
    const seen = new Set<string>([helper]);
    const stack: { calls: readonly string[]; next: number }[] = [{ calls: callsFrom.get(helper) ?? [], next: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.next === top.calls.length) {
        stack.pop();
        continue;
      }
      const to = top.calls[top.next++]!;
      if (steps.has(to)) out.add(to);
      else if (!seen.has(to)) {
        seen.add(to);
        stack.push({ calls: callsFrom.get(to) ?? [], next: 0 });
      }
    }
    return out;
  };
  const memo = new Map<string, Set<string>>();
  return (helper) => memo.get(helper) ?? memo.set(helper, reach(helper)).get(helper)!;
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
  const path: string[] = [];
  const index = new Map<string, number>();
  const cycles: string[][] = [];
  // Depth first with an explicit stack (a chain of 20,000 steps must not exhaust the call stack).
  const stack: { node: string; next: number }[] = [];
  const enter = (n: string) => {
    state.set(n, 1);
    index.set(n, path.length);
    path.push(n);
    stack.push({ node: n, next: 0 });
  };
  for (const s of graph.steps) {
    if (state.has(s.method)) continue;
    enter(s.method);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const next = out.get(top.node) ?? [];
      if (top.next === next.length) {
        stack.pop();
        path.pop();
        index.delete(top.node);
        state.set(top.node, 2);
        continue;
      }
      const m = next[top.next++]!;
      if (state.get(m) === 1) cycles.push([...path.slice(index.get(m)), m]);
      else if (!state.has(m)) enter(m);
    }
  }
  return cycles;
}
