// @sagepipe/local: runs a pipeline definition on this machine. The explicit export list.
export { runLocal, LocalRunError, type RunLocalOptions } from "./run-local.ts";
export { listLocalModels, type LocalModels } from "./list-local-models.ts";
export { listLocalRuns, type LocalRunSummary } from "./list-local-runs.ts";
export { formatLocalRuns } from "./format/format-local-runs.ts";
export { readAssetsManifest, type AssetsManifest, type LocalAsset } from "./run/assets.ts";
export type { RunEvent } from "./run/run-events.ts";
export type { GivenValue } from "./run/parameters.ts";
export type { RunRecord, StepRecord, StepStatus, CacheHit } from "./record/run-record.ts";
export type { LocalModel, LocalModelPackage } from "./registry/local-registry.ts";
export { BUILT_IN_ADAPTERS, type ImageAdapter, type MetricDefinition } from "./jobs/image-adapters.ts";
export { loadAdapters } from "./jobs/load-adapters.ts";
export { INSTALL_BWRAP } from "./jobs/sandbox.ts";
export { formatRunEvent, formatRunResult, formatStepResult } from "./format/format-run-event.ts";
export { formatLocalModels } from "./format/format-local-models.ts";
