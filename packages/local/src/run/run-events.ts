import type { RunRecord, StepRecord } from "../record/run-record.ts";

/** Progress of a local run, for display. */
export type RunEvent =
  | { readonly kind: "run-started"; readonly record: RunRecord; readonly runDir: string; readonly resumed: boolean }
  | { readonly kind: "step-started"; readonly step: StepRecord }
  | { readonly kind: "step-finished"; readonly step: StepRecord }
  | { readonly kind: "run-finished"; readonly record: RunRecord; readonly runDir: string };
