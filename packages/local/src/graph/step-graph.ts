import type { Json } from "../definition/definition-types.ts";
import { isJsonObject } from "../definition/definition-types.ts";
import type { Plan } from "../definition/read-definition.ts";
import { parseStepReference } from "../expressions/property-path.ts";

/** Which steps each step waits for. */
export type StepGraph = ReadonlyMap<string, ReadonlySet<string>>;

/** Every step named by a `Get: Steps.X...` inside `value`. */
export function referencedSteps(value: Json, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value as readonly Json[]) referencedSteps(v, out);
  else if (isJsonObject(value)) {
    const get = Object.keys(value).length === 1 ? value.Get : undefined;
    const ref = typeof get === "string" ? parseStepReference(get) : undefined;
    if (ref) out.add(ref.step);
    else for (const v of Object.values(value)) referencedSteps(v, out);
  }
  return out;
}

function ownArguments(type: string, args: Record<string, Json>): Json {
  if (type !== "Condition") return args;
  const { IfSteps: _if, ElseSteps: _else, ...rest } = args;
  return rest;
}

/** A cycle of the graph, first repeated last, or undefined; depth first with an explicit stack (20,000 steps in a chain must not exhaust the call stack). */
function findCycle(graph: StepGraph): string[] | undefined {
  const state = new Map<string, "visiting" | "done">();
  for (const root of graph.keys()) {
    if (state.has(root)) continue;
    const path: { name: string; deps: Iterator<string> }[] = [];
    const enter = (name: string) => {
      state.set(name, "visiting");
      path.push({ name, deps: (graph.get(name) ?? new Set<string>()).values() });
    };
    enter(root);
    while (path.length) {
      const top = path[path.length - 1]!;
      const next = top.deps.next();
      if (next.done) {
        state.set(top.name, "done");
        path.pop();
      } else if (state.get(next.value) === "visiting") {
        const names = path.map((p) => p.name);
        return [...names.slice(names.indexOf(next.value)), next.value];
      } else if (!state.has(next.value)) enter(next.value);
    }
  }
  return undefined;
}

/** Builds the dependency graph (DependsOn, property references, enclosing condition); problems say where. */
export function buildStepGraph(plan: Plan): { readonly graph: StepGraph; readonly problems: readonly string[] } {
  const names = new Set(plan.steps.map((s) => s.step.Name));
  const graph = new Map<string, Set<string>>();
  const problems: string[] = [];
  for (const { step, pointer, branch } of plan.steps) {
    const deps = referencedSteps(ownArguments(step.Type, step.Arguments));
    for (const d of step.DependsOn ?? []) deps.add(d);
    if (branch) deps.add(branch.condition);
    for (const d of deps) {
      if (!names.has(d)) problems.push(`${pointer}: step '${step.Name}' refers to step '${d}', which the pipeline does not have`);
      if (d === step.Name) problems.push(`${pointer}: step '${step.Name}' depends on itself`);
    }
    graph.set(step.Name, new Set([...deps].filter((d) => names.has(d) && d !== step.Name)));
  }
  const cycle = problems.length ? undefined : findCycle(graph);
  if (cycle) problems.push(`/Steps: the steps depend on each other in a circle: ${cycle.join(" -> ")}`);
  return { graph, problems };
}
