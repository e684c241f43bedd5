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

function findCycle(graph: StepGraph): string[] | undefined {
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === "done") return undefined;
    if (state.get(name) === "visiting") return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, "visiting");
    stack.push(name);
    for (const dep of graph.get(name) ?? []) {
      const cycle = visit(dep);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(name, "done");
    return undefined;
  };
  for (const name of graph.keys()) {
    const cycle = visit(name);
    if (cycle) return cycle;
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
