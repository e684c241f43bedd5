import type { JsonObject } from "../definition/definition-types.ts";
import type { PlannedStep } from "../definition/read-definition.ts";
import type { ExpressionScope } from "../expressions/expression-scope.ts";
import type { ImageAdapter } from "../jobs/image-adapters.ts";
import type { PythonInfo } from "../jobs/python.ts";
import type { LocalRegistry } from "../registry/local-registry.ts";
import type { ObjectStore } from "../store/object-store.ts";

/** What every step of one run shares. */
export interface RunEnvironment {
  readonly runId: string;
  readonly pipelineName: string;
  /** The run's folder, `.sagepipe/runs/<id>`. */
  readonly runDir: string;
  readonly store: ObjectStore;
  readonly registry: LocalRegistry;
  /** The Python jobs run with; undefined under --docker. */
  readonly python: PythonInfo | undefined;
  /** Folder holding `python3` and `python` links to that Python, put first on the jobs' PATH. */
  readonly binDir: string;
  /** Run processing and training jobs in their real images. */
  readonly docker: boolean;
  readonly adapters: readonly ImageAdapter[];
  /** Host paths (absolute, resolved) jobs may also read, at the same path (`--sandbox-read`). */
  readonly sandboxReads: readonly string[];
  /** Called with job output as it arrives. */
  readonly onOutput?: (step: string, text: string) => void;
}

/** Everything one step needs to run. */
export interface StepContext {
  readonly env: RunEnvironment;
  readonly planned: PlannedStep;
  /** The step's arguments with every expression resolved (a Condition's branches left out). */
  readonly args: JsonObject;
  /** Resolves expressions as seen by this step (for Condition steps). */
  readonly scope: ExpressionScope;
  /** The step's folder in the run, `steps/<name>`. */
  readonly stepDir: string;
  /** The step's log file. */
  readonly logPath: string;
  /** The job name this step uses (`pipelines-<run id>-<step>`). */
  readonly jobName: string;
}

/** How a step ended. */
export interface StepOutcome {
  readonly status: "Succeeded" | "Failed";
  readonly properties: JsonObject;
  readonly outputs?: readonly string[];
  /** What went wrong and what to do (failed steps). */
  readonly error?: string;
  /** Wall time of the job's process, when there was one. */
  readonly jobMs?: number;
  readonly condition?: { readonly outcome: boolean; readonly reasons: readonly string[] };
}

/** Runs one kind of step. */
export type StepHandler = (ctx: StepContext) => Promise<StepOutcome>;

/** A failed outcome with a message. */
export function failed(error: string, properties: JsonObject = {}, jobMs?: number): StepOutcome {
  return jobMs === undefined ? { status: "Failed", properties, error } : { status: "Failed", properties, error, jobMs };
}
