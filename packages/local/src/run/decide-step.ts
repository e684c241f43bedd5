import { plannedStep } from "../definition/read-definition.ts";
import type { Settled } from "../graph/scheduler.ts";
import type { ActiveRun } from "./active-run.ts";

/** Whether a step whose dependencies are settled runs, or is settled as NotRun or Skipped (and why). */
export function decideStep(
  run: ActiveRun,
  name: string,
  settled: ReadonlyMap<string, Settled>,
): { readonly settle: Settled; readonly reason: string } | "run" {
  const deps = [...(run.graph.get(name) ?? [])];
  const broken = deps.find((d) => settled.get(d) === "Failed" || settled.get(d) === "NotRun");
  if (broken) {
    const how = settled.get(broken) === "Failed" ? "failed" : "did not run";
    return { settle: "NotRun", reason: `step ${broken} ${how}` };
  }
  const branch = plannedStep(run.plan, name)?.branch;
  if (branch) {
    const outcome = run.stepRecord(branch.condition).condition?.outcome;
    if (outcome !== branch.outcome) {
      return { settle: "Skipped", reason: `condition ${branch.condition} was ${outcome}, so its ${branch.outcome ? "IfSteps" : "ElseSteps"} were not taken` };
    }
  }
  const skipped = deps.find((d) => settled.get(d) === "Skipped");
  if (skipped) return { settle: "Skipped", reason: `it depends on step ${skipped}, which was skipped` };
  return "run";
}
