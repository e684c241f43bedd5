import type { Json, ParameterDefinition, PipelineDefinition, StepDefinition } from "./definition-types.ts";
import { isJsonObject } from "./definition-types.ts";
import { unsafeSegment } from "../util/safe-paths.ts";

/** A step placed in the run: where it sits in the definition and which branch, if any, holds it. */
export interface PlannedStep {
  readonly step: StepDefinition;
  /** JSON pointer to the step inside the definition, e.g. `/Steps/3/Arguments/IfSteps/0`. */
  readonly pointer: string;
  /** For a step inside a Condition step's IfSteps (true) or ElseSteps (false). */
  readonly branch?: { readonly condition: string; readonly outcome: boolean };
}

/** The definition checked and flattened: every step, nested ones included, in definition order. */
export interface Plan {
  readonly definition: PipelineDefinition;
  readonly parameters: readonly ParameterDefinition[];
  readonly steps: readonly PlannedStep[];
}

const planIndexes = new WeakMap<Plan, ReadonlyMap<string, PlannedStep>>();

/** The planned step of this name (an index built once per plan: a 20,000-step run looks steps up by name at every step). */
export function plannedStep(plan: Plan, name: string): PlannedStep | undefined {
  let index = planIndexes.get(plan);
  if (!index) planIndexes.set(plan, (index = new Map(plan.steps.map((s) => [s.step.Name, s]))));
  return index.get(name);
}

const PARAMETER_TYPES = new Set(["String", "Integer", "Float", "Boolean"]);

function checkParameters(value: Json | undefined, problems: string[]): ParameterDefinition[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push("/Parameters: must be a list");
    return [];
  }
  const out: ParameterDefinition[] = [];
  (value as readonly Json[]).forEach((p, i) => {
    if (!isJsonObject(p) || typeof p.Name !== "string" || typeof p.Type !== "string" || !PARAMETER_TYPES.has(p.Type)) {
      problems.push(`/Parameters/${i}: needs a Name and a Type (String, Integer, Float or Boolean)`);
    } else out.push(p as unknown as ParameterDefinition);
  });
  return out;
}

function collectSteps(list: Json | undefined, at: string, branch: PlannedStep["branch"], out: PlannedStep[], problems: string[]): void {
  if (!Array.isArray(list)) {
    problems.push(`${at}: must be a list of steps`);
    return;
  }
  (list as readonly Json[]).forEach((s, i) => {
    const pointer = `${at}/${i}`;
    if (!isJsonObject(s) || typeof s.Name !== "string" || typeof s.Type !== "string" || !isJsonObject(s.Arguments)) {
      problems.push(`${pointer}: a step needs Name, Type and Arguments`);
      return;
    }
    const step = s as unknown as StepDefinition;
    out.push(branch ? { step, pointer, branch } : { step, pointer });
    if (step.Type === "Condition") {
      collectSteps(step.Arguments.IfSteps ?? [], `${pointer}/Arguments/IfSteps`, { condition: step.Name, outcome: true }, out, problems);
      collectSteps(step.Arguments.ElseSteps ?? [], `${pointer}/Arguments/ElseSteps`, { condition: step.Name, outcome: false }, out, problems);
    }
  });
}

function checkNames(steps: readonly PlannedStep[], problems: string[]): void {
  const seen = new Map<string, string>();
  for (const { step, pointer } of steps) {
    const unsafe = unsafeSegment(step.Name);
    if (unsafe) problems.push(`${pointer}/Name: step name ${unsafe}; a step's folder is named after it, so use letters, digits, '-' and '_'`);
    const first = seen.get(step.Name);
    if (first) problems.push(`${pointer}: step name '${step.Name}' is used twice (first at ${first}); rename one`);
    else seen.set(step.Name, pointer);
  }
}

/** Checks the shape the runner relies on and flattens the steps; problems say where and what. */
export function readDefinition(value: unknown): { readonly plan?: Plan; readonly problems: readonly string[] } {
  const problems: string[] = [];
  if (!isJsonObject(value as Json)) return { problems: ["/: a pipeline definition must be a JSON object"] };
  const doc = value as Record<string, Json>;
  if (doc.Version !== "2020-12-01") problems.push(`/Version: expected "2020-12-01", found ${JSON.stringify(doc.Version ?? null)}`);
  const parameters = checkParameters(doc.Parameters, problems);
  const steps: PlannedStep[] = [];
  collectSteps(doc.Steps, "/Steps", undefined, steps, problems);
  checkNames(steps, problems);
  if (problems.length) return { problems };
  return { plan: { definition: value as PipelineDefinition, parameters, steps }, problems };
}
