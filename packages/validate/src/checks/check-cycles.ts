// Steps must form a DAG. Edges: DependsOn, property references (Get Steps.X...) and branch
// membership (a step in a condition's IfSteps/ElseSteps runs after the condition).
import type { StepEntry } from "../definition/collect-steps.ts";
import type { DefinitionContext } from "../definition/definition-context.ts";
import { parseGet } from "../definition/parse-get.ts";
import { issue, type ValidationIssue } from "../validation-issue.ts";

/** `from` runs after `to`, because of `why`. */
interface Edge {
  readonly to: StepEntry;
  readonly why: string;
}

/** Reports each cycle of steps once. */
export function checkCycles(ctx: DefinitionContext): ValidationIssue[] {
  const edges = dependencyEdges(ctx);
  return stronglyConnected(ctx.steps, edges)
    .filter((group) => group.length > 1 || (edges.get(group[0] as StepEntry) ?? []).some((e) => e.to === group[0]))
    .map((group) => describeCycle(group, edges));
}

function dependencyEdges(ctx: DefinitionContext): Map<StepEntry, Edge[]> {
  const edges = new Map<StepEntry, Edge[]>(ctx.steps.map((s) => [s, []]));
  const add = (from: StepEntry, to: StepEntry | undefined, why: string) => {
    if (to && !edges.get(from)?.some((e) => e.to === to)) edges.get(from)?.push({ to, why });
  };
  for (const step of ctx.steps) {
    if (Array.isArray(step.step.DependsOn)) {
      for (const name of step.step.DependsOn) if (typeof name === "string") add(step, ctx.stepsByName.get(name), `depends on "${name}"`);
    }
    if (step.parent) add(step, step.parent, `runs in a branch of "${step.parent.name}"`);
  }
  for (const get of ctx.gets) {
    const target = parseGet(get.path);
    if (get.owner && target.kind === "step") add(get.owner, ctx.stepsByName.get(target.step), `reads ${get.path}`);
  }
  return edges;
}

/** Tarjan's algorithm, with an explicit stack (a chain of 20,000 steps is 20,000 levels); groups come out with members in document order. */
function stronglyConnected(steps: readonly StepEntry[], edges: ReadonlyMap<StepEntry, readonly Edge[]>): StepEntry[][] {
  const position = new Map(steps.map((s, i) => [s, i]));
  const byPosition = (a: StepEntry, b: StepEntry) => (position.get(a) ?? 0) - (position.get(b) ?? 0);
  const index = new Map<StepEntry, number>();
  const low = new Map<StepEntry, number>();
  const stack: StepEntry[] = [];
  const onStack = new Set<StepEntry>();
  const groups: StepEntry[][] = [];
  let counter = 0;
  const calls: { step: StepEntry; next: number }[] = [];
  const enter = (step: StepEntry) => {
    index.set(step, counter);
    low.set(step, counter++);
    stack.push(step);
    onStack.add(step);
    calls.push({ step, next: 0 });
  };
  for (const root of steps) {
    if (index.has(root)) continue;
    enter(root);
    while (calls.length) {
      const call = calls[calls.length - 1]!;
      const { step } = call;
      const out = edges.get(step) ?? [];
      if (call.next < out.length) {
        const { to } = out[call.next++]!;
        if (!index.has(to)) enter(to);
        else if (onStack.has(to)) low.set(step, Math.min(low.get(step) ?? 0, index.get(to) ?? 0));
        continue;
      }
      calls.pop();
      const caller = calls[calls.length - 1];
      if (caller) low.set(caller.step, Math.min(low.get(caller.step) ?? 0, low.get(step) ?? 0));
      if (low.get(step) === index.get(step)) {
        const group: StepEntry[] = [];
        for (let member = stack.pop(); member; member = stack.pop()) {
          onStack.delete(member);
          group.push(member);
          if (member === step) break;
        }
        groups.push(group.sort(byPosition));
      }
    }
  }
  return groups.sort((a, b) => byPosition(a[0] as StepEntry, b[0] as StepEntry));
}

/** Finds one concrete loop through the group's first step and words it. */
function describeCycle(group: readonly StepEntry[], edges: ReadonlyMap<StepEntry, readonly Edge[]>): ValidationIssue {
  const start = group[0] as StepEntry;
  const members = new Set(group);
  const previous = new Map<StepEntry, { from: StepEntry; edge: Edge }>();
  const queue: StepEntry[] = [start];
  let closing: { from: StepEntry; edge: Edge } | undefined;
  while (queue.length && !closing) {
    const step = queue.shift() as StepEntry;
    for (const edge of edges.get(step) ?? []) {
      if (!members.has(edge.to)) continue;
      if (edge.to === start) {
        closing = { from: step, edge };
        break;
      }
      if (!previous.has(edge.to)) {
        previous.set(edge.to, { from: step, edge });
        queue.push(edge.to);
      }
    }
  }
  const links: string[] = [];
  for (let link = closing; link; link = link.from === start ? undefined : previous.get(link.from)) {
    links.unshift(`"${link.from.name}" ${link.edge.why}`);
  }
  const what = group.length === 1 ? `Step "${start.name}" depends on itself` : `Steps ${group.map((s) => `"${s.name}"`).join(", ")} form a cycle`;
  return issue("SP921", start.pointer, `${what}: ${links.join("; ")}.`, "A step can only use steps that run before it: remove one of these links.");
}
