import type { StepGraph } from "./step-graph.ts";

/** How a step ended, as the scheduler sees it. */
export type Settled = "Succeeded" | "Failed" | "Skipped" | "NotRun";

/** What the scheduler asks of its caller. */
export interface ScheduleHooks {
  /** Steps in definition order; ties start in this order. */
  readonly order: readonly string[];
  readonly graph: StepGraph;
  /** Steps already settled (a resumed run's successes). */
  readonly settled: ReadonlyMap<string, Settled>;
  /** Most steps needing a slot that run at once. */
  readonly limit: number;
  /** Whether a step takes a slot (jobs do; conditions and registry writes do not). */
  needsSlot(name: string): boolean;
  /** Called once a step's dependencies are settled: settle it without running, or run it. */
  decide(name: string, settled: ReadonlyMap<string, Settled>): { readonly settle: Settled; readonly reason: string } | "run";
  /** Records a step settled without running. */
  skip(name: string, status: Settled, reason: string): Promise<void>;
  /** Runs a step to its end. */
  run(name: string): Promise<Settled>;
}

/** Runs every step once its dependencies are settled, at most `limit` slot-taking steps at a time. */
export async function schedule(hooks: ScheduleHooks): Promise<Map<string, Settled>> {
  const settled = new Map(hooks.settled);
  const running = new Map<string, Promise<void>>();
  let slots = 0;
  for (;;) {
    let progressed = false;
    for (const name of hooks.order) {
      if (settled.has(name) || running.has(name)) continue;
      if (![...(hooks.graph.get(name) ?? [])].every((d) => settled.has(d))) continue;
      const decision = hooks.decide(name, settled);
      if (decision !== "run") {
        settled.set(name, decision.settle);
        await hooks.skip(name, decision.settle, decision.reason);
        progressed = true;
        continue;
      }
      const slot = hooks.needsSlot(name);
      if (slot && slots >= hooks.limit) continue;
      if (slot) slots += 1;
      running.set(
        name,
        hooks.run(name).then(
          (status) => {
            settled.set(name, status);
            running.delete(name);
            if (slot) slots -= 1;
          },
          (e: unknown) => {
            running.delete(name);
            if (slot) slots -= 1;
            throw e;
          },
        ),
      );
      progressed = true;
    }
    if (running.size === 0 && !progressed) break;
    if (running.size > 0 && !progressed) await Promise.race(running.values());
  }
  return settled;
}
