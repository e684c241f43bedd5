import { forEachExpression, PropertyNode } from "@sagepipe/expressions";
import { internals } from "../steps/step-args.ts";
import type { StepSlot } from "../steps/step-slot.ts";
import type { CollectedPipeline, StepRecord } from "./collect.ts";

/** Why one step comes after another. */
export type EdgeKind = "data" | "dependsOn" | "branch";

/** `from` must finish before `to` (or, for "branch", `to` sits in `from`'s branch). */
export interface Edge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
}

/** The methods of the steps a step's arguments refer to through property references. */
export function dataDependencies(record: StepRecord, bySlot: ReadonlyMap<StepSlot, StepRecord>): StepRecord[] {
  const found = new Set<StepRecord>();
  forEachExpression(internals(record.args).inputs(), (node) => {
    if (PropertyNode.is(node) && node.root.step) {
      const target = bySlot.get(node.root.step as StepSlot);
      if (target && target !== record) found.add(target);
    }
  });
  return [...found];
}

/** Every edge of the evaluated pipeline, by method name, in a stable order. */
export function evaluatedEdges(p: CollectedPipeline): Edge[] {
  const edges: Edge[] = [];
  for (const record of p.steps) {
    const to = record.meta.method;
    for (const dep of dataDependencies(record, p.bySlot)) edges.push({ from: dep.meta.method, to, kind: "data" });
    for (const dep of record.dependsOn) edges.push({ from: dep.meta.method, to, kind: "dependsOn" });
    const branches = internals(record.args).branches?.();
    for (const child of [...(branches?.ifSteps ?? []), ...(branches?.elseSteps ?? [])]) {
      const target = p.bySlot.get(internals(child).slot);
      if (target) edges.push({ from: to, to: target.meta.method, kind: "branch" });
    }
  }
  return edges;
}
