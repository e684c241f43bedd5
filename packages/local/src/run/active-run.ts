import type { Plan } from "../definition/read-definition.ts";
import type { ParameterValue } from "../expressions/expression-scope.ts";
import type { StepGraph } from "../graph/step-graph.ts";
import { writeRunRecord } from "../record/run-folder.ts";
import type { RunRecord, StepRecord } from "../record/run-record.ts";
import type { StepCache } from "../cache/step-cache.ts";
import type { RunEnvironment } from "../steps/step-context.ts";
import type { RunEvent } from "./run-events.ts";
import type { ScopeSources } from "./run-scope.ts";

/** A run in progress: its plan, its record, and how to save and report it. */
export class ActiveRun {
  private saving: Promise<void> = Promise.resolve();

  constructor(
    readonly env: RunEnvironment,
    readonly plan: Plan,
    readonly graph: StepGraph,
    readonly record: RunRecord,
    readonly parameters: ReadonlyMap<string, ParameterValue>,
    readonly cache: StepCache,
    readonly now: () => Date,
    private readonly onEvent: ((e: RunEvent) => void) | undefined,
  ) {}

  /** The record of one step. */
  stepRecord(name: string): StepRecord {
    const rec = this.record.steps.find((s) => s.name === name);
    if (!rec) throw new Error(`internal: no record for step ${name}`);
    return rec;
  }

  /** Why the last save of run.json failed (a full disk, no permission), or undefined when it succeeded. */
  lastSaveError: unknown;

  /**
   * Saves run.json; saves happen one after another, each atomic. Never rejects: a failed save is
   * kept in `lastSaveError` and does not stop later saves (the run is marked Failed at its end).
   */
  save(): Promise<void> {
    const snapshot = JSON.parse(JSON.stringify(this.record)) as RunRecord;
    this.saving = this.saving
      .catch(() => undefined)
      .then(() => writeRunRecord(this.env.runDir, snapshot))
      .then(
        () => void (this.lastSaveError = undefined),
        (e: unknown) => void (this.lastSaveError = e),
      );
    return this.saving;
  }

  /** What expression scopes read from. */
  scopeSources(): ScopeSources {
    return { plan: this.plan, record: this.record, parameters: this.parameters, store: this.env.store };
  }

  /** Reports progress to the caller. */
  emit(event: RunEvent): void {
    this.onEvent?.(event);
  }
}
