import type { Plan } from "../definition/read-definition.ts";
import type { ParameterValue } from "../expressions/expression-scope.ts";
import type { StepGraph } from "../graph/step-graph.ts";
import { recordText, writeRunRecordText } from "../record/run-folder.ts";
import { findStepRecord, type RunRecord, type StepRecord } from "../record/run-record.ts";
import type { StepCache } from "../cache/step-cache.ts";
import type { RunEnvironment } from "../steps/step-context.ts";
import type { RunEvent } from "./run-events.ts";
import type { ScopeSources } from "./run-scope.ts";

/** How long a save that may wait (`saveSoon`) waits for more changes. */
const SAVE_SOON_MS = 200;

/** A run in progress: its plan, its record, and how to save and report it. */
export class ActiveRun {
  /** The last write of run.json begun or queued. */
  private saving: Promise<void> = Promise.resolve();
  /** A write queued behind the current one, not begun: it takes its snapshot when it begins, so later saves share it. */
  private queued: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

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
    const rec = findStepRecord(this.record, name);
    if (!rec) throw new Error(`internal: no record for step ${name}`);
    return rec;
  }

  /** Why the last save of run.json failed (a full disk, no permission), or undefined when it succeeded. */
  lastSaveError: unknown;

  /**
   * Saves run.json, and resolves once a write that holds the record as it is now has ended.
   * Writes happen one after another, each atomic and whole; saves asked for while one is being
   * written share the next write (its snapshot is taken when it begins, so it holds all of them).
   * Never rejects: a failed save is kept in `lastSaveError` and does not stop later saves (the
   * run is marked Failed at its end).
   */
  save(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.queued) return this.queued;
    const write = this.saving.then(() => {
      this.queued = undefined;
      return writeRunRecordText(this.env.runDir, recordText(this.record)).then(
        () => void (this.lastSaveError = undefined),
        (e: unknown) => void (this.lastSaveError = e),
      );
    });
    this.queued = write;
    this.saving = write;
    return write;
  }

  /**
   * Saves run.json within SAVE_SOON_MS, with whatever changes by then: for what a crash may lose
   * (a Condition's or Fail step's result, a skip; a resume decides them again). Each save of the
   * whole record costs its size, so saving after every step of a 20,000-step run is quadratic.
   */
  saveSoon(): void {
    if (this.timer || this.queued) return;
    this.timer = setTimeout(() => void this.save(), SAVE_SOON_MS).unref(); // runLocal saves before it returns or throws
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
