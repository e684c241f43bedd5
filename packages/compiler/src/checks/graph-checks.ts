import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { findCycles } from "../graph/static-graph.ts";
import { stepName, type CheckInput } from "./check.ts";

/** SP101: steps that depend on each other in a cycle (branches included); points at the reference that closes it. */
export function checkCycles({ pipeline, graph }: CheckInput): Diagnostic[] {
  return findCycles(graph).map((cycle) => {
    const stepSpan = (m: string) => pipeline.steps.find((s) => s.method === m)!.span;
    const edgeOf = (from: string, to: string) => graph.edges.find((e) => e.from === from && e.to === to && e.kind !== "branch") ?? graph.edges.find((e) => e.from === from && e.to === to);
    const edgeSpan = (from: string, to: string) => edgeOf(from, to)?.span ?? stepSpan(to);
    const note = (from: string, to: string) => (edgeOf(from, to)?.kind === "branch" ? `${from}() lists ${to}() in a branch here` : `${to}() uses ${from}() here`);
    const related = cycle.slice(0, -1).map((m, i) => ({ span: edgeSpan(m, cycle[i + 1]!), message: note(m, cycle[i + 1]!) }));
    return diagnostic(
      "SP101", "error", edgeSpan(cycle[cycle.length - 2]!, cycle[cycle.length - 1]!),
      `Steps form a cycle: ${cycle.map((m) => `${m}()`).join(" -> ")}.`,
      "A step can only use steps that run before it. Remove one of these references (or the dependsOn entry) to break the cycle.",
      related,
    );
  });
}

/** SP102: two steps with the same name. */
export function checkDuplicateStepNames({ pipeline }: CheckInput): Diagnostic[] {
  const seen = new Map<string, (typeof pipeline.steps)[number]>();
  const out: Diagnostic[] = [];
  for (const s of pipeline.steps) {
    const name = stepName(s);
    const first = seen.get(name);
    if (first) {
      out.push(diagnostic("SP102", "error", s.name?.span ?? s.span, `Step name '${name}' is used by ${first.method}() and ${s.method}().`, "Give each step a unique name with the decorator's `name` option.", [{ span: first.name?.span ?? first.span, message: `first used here by ${first.method}()` }]));
    } else seen.set(name, s);
  }
  return out;
}

/** SP103: a step listed in two condition branches (or twice). Reads the references: the graph keeps one edge per pair. */
export function checkBranchMembership({ pipeline }: CheckInput): Diagnostic[] {
  const steps = new Set(pipeline.steps.map((s) => s.method));
  const owner = new Map<string, (typeof pipeline.references)[number]>();
  const out: Diagnostic[] = [];
  for (const e of pipeline.references) {
    if (e.kind !== "branch" || !steps.has(e.from) || !steps.has(e.to)) continue;
    const first = owner.get(e.to);
    if (first) {
      out.push(diagnostic("SP103", "error", e.span, `Step ${e.to}() is listed in more than one condition branch (${first.from === e.from ? `twice in ${e.from}()` : `${first.from}() and ${e.from}()`}).`, "A step can sit in one branch only. Make a second step method for the other branch.", [{ span: first.span, message: "first listed here" }]));
    } else owner.set(e.to, e);
  }
  return out;
}

/** SP104: a step outside a branch that uses a step inside one (it may never run). */
export function checkUsesOfBranchSteps({ graph }: CheckInput): Diagnostic[] {
  const inBranch = new Map(graph.edges.filter((e) => e.kind === "branch").map((e) => [e.to, e.from]));
  const ancestorsOf = (m: string): string[] => {
    const out: string[] = [];
    for (let cur = inBranch.get(m); cur && !out.includes(cur); cur = inBranch.get(cur)) out.push(cur);
    return out;
  };
  return graph.edges
    .filter((e) => e.kind !== "branch" && inBranch.has(e.from))
    .filter((e) => {
      const branchOwner = inBranch.get(e.from)!;
      return e.to !== branchOwner && inBranch.get(e.to) !== branchOwner && !ancestorsOf(e.to).includes(branchOwner);
    })
    .map((e) => diagnostic("SP104", "error", e.span, `${e.to}() uses ${e.from}(), which runs only in a branch of ${inBranch.get(e.from)}().`, `Put ${e.to}() in the same branch as ${e.from}(), or stop using ${e.from}() here.`));
}

const UNANALYSABLE = new Set(["dynamic-access", "method-alias", "this-escape"]);

/** SP105: a step with no edge at all in a pipeline of several steps (warning); silent when SP201-SP203 leave the graph incomplete. */
export function checkIsolatedSteps({ pipeline, graph }: CheckInput): Diagnostic[] {
  if (pipeline.steps.length < 2 || pipeline.problems.some((p) => UNANALYSABLE.has(p.kind))) return [];
  if (pipeline.shape.some((f) => f.kind === "depends-on-not-function")) return []; // SP910 says what is missing
  const touched = new Set(graph.edges.flatMap((e) => [e.from, e.to]));
  return pipeline.steps
    .filter((s) => !touched.has(s.method))
    .map((s) => diagnostic("SP105", "warning", s.span, `Step ${s.method}() is on no path with any other step: it uses none and none uses it.`, "If it should run after another step, use that step's outputs or add dependsOn; otherwise ignore this warning."));
}

/** SP106: a branch or depends-on entry that names a method that is not a step. */
export function checkNonStepReferences({ pipeline }: CheckInput): Diagnostic[] {
  const steps = new Set(pipeline.steps.map((s) => s.method));
  return pipeline.references
    .filter((r) => (r.kind === "branch" || r.kind === "dependsOn") && !steps.has(r.to))
    .map((r) => diagnostic("SP106", "error", r.span, `${r.from}() lists ${r.to}() in ${r.kind === "branch" ? "a condition branch" : "dependsOn"}, but ${r.to}() is not a step method.`, `Decorate ${r.to}() with a step decorator (@Processing(), @Training(), ...) or list a step method instead.`));
}
