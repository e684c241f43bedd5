// A step in a condition's branch runs only when that branch is taken. A step outside the
// branch, or in the other branch, that reads its properties (SP981) or lists it in DependsOn
// (SP982) waits for a step that may never run. (A condition reading a step of its own branch
// is a cycle, SP921.)
import { capitalize, stepLabel, type DefinitionContext } from "../../definition/definition-context.ts";
import type { StepEntry } from "../../definition/collect-steps.ts";
import { parseGet } from "../../definition/parse-get.ts";
import { childPointer } from "../../json-pointer.ts";
import { issue, type ValidationIssue } from "../../validation-issue.ts";

type Branch = "IfSteps" | "ElseSteps";

/** The branches holding `step`, innermost first: (condition, branch). */
function branchesOf(step: StepEntry): { condition: StepEntry; branch: Branch }[] {
  const out: { condition: StepEntry; branch: Branch }[] = [];
  for (let s = step; s.parent; s = s.parent) {
    const branch: Branch = s.pointer.startsWith(`${s.parent.pointer}/Arguments/IfSteps/`) ? "IfSteps" : "ElseSteps";
    out.push({ condition: s.parent, branch });
  }
  return out;
}

/** Why `user` may not wait for `used`, or undefined when it may. */
function problem(user: StepEntry, used: StepEntry): string | undefined {
  const mine = branchesOf(user);
  for (const { condition, branch } of branchesOf(used)) {
    if (condition === user) return undefined; // a cycle, reported as SP921
    if (mine.some((b) => b.condition === condition && b.branch === branch)) continue;
    const taken = branch === "IfSteps" ? "holds" : "does not hold";
    const other = mine.some((b) => b.condition === condition);
    return `${stepLabel(used)} runs only when condition "${condition.name}" ${taken} (its ${branch}), ${other ? `and ${stepLabel(user)} is in the other branch, so it never runs with it` : `and ${stepLabel(user)} runs outside that branch`}`;
  }
  return undefined;
}

const FIX = "Put both steps in the same branch, or move the step that is used out of the branch (before the condition).";

/** SP981 (a property read) and SP982 (DependsOn) across condition branches. */
export function checkBranchReferences(ctx: DefinitionContext): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const get of ctx.gets) {
    if (!get.owner) continue;
    const target = parseGet(get.path);
    const used = target.kind === "step" ? ctx.stepsByName.get(target.step) : undefined;
    const why = used && problem(get.owner, used);
    if (why) out.push(issue("SP981", get.pointer, `${capitalize(stepLabel(get.owner))} reads ${get.path}, but ${why}.`, FIX));
  }
  for (const step of ctx.steps) {
    const list = step.step.DependsOn;
    if (!Array.isArray(list)) continue;
    list.forEach((name, index) => {
      const used = typeof name === "string" ? ctx.stepsByName.get(name) : undefined;
      const why = used && problem(step, used);
      if (why) out.push(issue("SP982", childPointer(step.pointer, "DependsOn", index), `${capitalize(stepLabel(step))} depends on "${name}", but ${why}.`, FIX));
    });
  }
  return out;
}
