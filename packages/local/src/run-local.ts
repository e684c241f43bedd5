import { mkdir, rm, symlink } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { validateDefinition } from "@sagepipe/validate";
import { StepCache } from "./cache/step-cache.ts";
import type { Json } from "./definition/definition-types.ts";
import { readDefinition, type Plan } from "./definition/read-definition.ts";
import type { ParameterValue } from "./expressions/expression-scope.ts";
import { schedule, type Settled } from "./graph/scheduler.ts";
import { buildStepGraph } from "./graph/step-graph.ts";
import { checkDocker } from "./jobs/docker.ts";
import { BUILT_IN_ADAPTERS, type ImageAdapter } from "./jobs/image-adapters.ts";
import { findPython, type PythonInfo } from "./jobs/python.ts";
import { checkSandbox } from "./jobs/sandbox.ts";
import { checkSandboxReads } from "./jobs/sandbox-view.ts";
import { newRunId, readRunFolder, runDir as runFolder } from "./record/run-folder.ts";
import { createRunFolder } from "./record/new-run-folder.ts";
import { lockRun, lockStore } from "./record/run-lock.ts";
import type { RunRecord, StepRecord } from "./record/run-record.ts";
import { LocalRegistry } from "./registry/local-registry.ts";
import { ActiveRun } from "./run/active-run.ts";
import { seedAssets, type LocalAsset } from "./run/assets.ts";
import { executeStep } from "./run/execute-step.ts";
import { decideStep } from "./run/decide-step.ts";
import { resolveParameters, type GivenValue } from "./run/parameters.ts";
import type { RunEvent } from "./run/run-events.ts";
import { seedStore } from "./run/seed-store.ts";
import type { GuardedFolder } from "./store/local-import.ts";
import { ObjectStore } from "./store/object-store.ts";
import { JOB_STEP_TYPES } from "./steps/step-handlers.ts";
import { diskErrorMessage } from "./util/disk-errors.ts";
import { pauseForTest } from "./util/test-pause.ts";
import { LockedError, type HeldLock } from "./util/pid-lock.ts";

/** Options of `runLocal`. */
export interface RunLocalOptions {
  /** The parsed definition JSON. Required unless `resume` is given. */
  readonly definition?: unknown;
  /** The pipeline's name (the definition does not hold it). Required unless `resume` is given. */
  readonly pipelineName?: string;
  /** Local files the definition refers to by S3 URI (the build's assets). @default none */
  readonly assets?: readonly LocalAsset[];
  /** Parameter values; a String value written `file://<path>` is copied into the store (other text stays text). @default the defaults */
  readonly parameters?: Readonly<Record<string, GivenValue>>;
  /** The `.sagepipe` folder: runs/, cache/, registry/ and (by default) s3/ live here. */
  readonly workspace: string;
  /** The local object store's root. @default `<workspace>/s3` (a resumed run keeps its own) */
  readonly storeRoot?: string;
  /** Folders laid out as `<bucket>/<key>` whose objects fill gaps in the store. @default none */
  readonly seedDirs?: readonly string[];
  /** The Python jobs run with. @default "python3" */
  readonly python?: string;
  /** Run processing and training jobs in their real images with Docker. @default false */
  readonly docker?: boolean;
  /** Most jobs at once. @default the number of cores */
  readonly maxParallel?: number;
  /** Image adapters tried before the built-in ones. @default none */
  readonly adapters?: readonly ImageAdapter[];
  /** Host files or folders jobs may read, read-only at the same path, besides the system's (`--sandbox-read`). @default none */
  readonly sandboxReads?: readonly string[];
  /** Resume this run: rerun only its failed and not-run steps. */
  readonly resume?: string;
  /** Folder that relative local paths in parameters are relative to. @default process.cwd() */
  readonly cwd?: string;
  /** Receives progress events. */
  readonly onEvent?: (event: RunEvent) => void;
  /** Receives job output as it arrives. */
  readonly onOutput?: (step: string, text: string) => void;
  /** The clock, for cache expiry. @default () => new Date() */
  readonly now?: () => Date;
}

/** An error for the user: every problem found before anything ran (nothing was written to runs/). */
export class LocalRunError extends Error {
  readonly exitCode = 1;
  constructor(readonly problems: readonly string[]) {
    super(`sagepipe run --local: cannot start the run:\n  ${problems.join("\n  ")}`);
    this.name = "LocalRunError";
  }
}

interface Prepared {
  readonly plan: Plan;
  readonly record: RunRecord;
  readonly parameters: ReadonlyMap<string, ParameterValue>;
  readonly store: ObjectStore;
  readonly settled: Map<string, Settled>;
}

/** Folders besides the store that no local import may contain. */
function guardedFolders(workspace: string): GuardedFolder[] {
  return [{ path: resolve(workspace), what: "the sagepipe workspace (runs, cache, registry)" }];
}

function newStepRecords(plan: Plan): StepRecord[] {
  return plan.steps.map(({ step }) => ({ name: step.Name, type: step.Type, status: "Pending", attempt: 0 }));
}

/** Runs the checks of `sagepipe validate` on a definition before any name in it touches the file system. */
function checkDefinition(definition: unknown, where: string, fix: string): void {
  const issues = validateDefinition(definition);
  if (issues.length) throw new LocalRunError([...issues.map((i) => `${where} ${i.pointer || "/"}: ${i.message}`), `(the same checks as sagepipe validate; ${fix})`]);
}

async function prepareNew(options: RunLocalOptions, now: Date, locks: HeldLock[]): Promise<Prepared> {
  if (options.definition === undefined || !options.pipelineName) {
    throw new LocalRunError(["give a definition and its pipeline name, or resume a run"]);
  }
  checkDefinition(options.definition, "definition", "fix the definition and build it again");
  const { plan, problems } = readDefinition(options.definition);
  if (!plan) throw new LocalRunError(problems.map((p) => `definition ${p}`));
  const store = new ObjectStore(resolve(options.storeRoot ?? join(options.workspace, "s3")), guardedFolders(options.workspace));
  const runId = newRunId();
  locks.push(await takeStoreLock(store.root, runId));
  const params = await resolveParameters(plan.parameters, options.parameters ?? {}, store, options.cwd ?? process.cwd());
  if (params.problems.length) throw new LocalRunError(params.problems);
  const assetProblems = await seedAssets(store, options.assets ?? []);
  if (assetProblems.length) throw new LocalRunError(assetProblems);
  for (const dir of options.seedDirs ?? []) await seedStore(store, dir);
  await pauseForTest("set-up");
  const record: RunRecord = {
    runId,
    pipelineName: options.pipelineName,
    status: "Executing",
    startedAt: now.toISOString(),
    parameters: Object.fromEntries([...params.values].map(([k, v]) => [k, v.value])),
    imports: params.imports,
    storeRoot: store.root,
    attempt: 1,
    steps: newStepRecords(plan),
  };
  return { plan, record, parameters: params.values, store, settled: new Map() };
}

async function prepareResume(options: RunLocalOptions, runsRoot: string, locks: HeldLock[]): Promise<Prepared> {
  await readRunFolder(runsRoot, options.resume!); // there is such a run
  locks.push(await lockRun(runFolder(runsRoot, options.resume!), options.resume!).catch(refused(`--resume ${options.resume}`)));
  const { record, definition } = await readRunFolder(runsRoot, options.resume!); // as its last process left it
  checkDefinition(definition, `${record.runId}/definition.json`, "the run's stored definition was changed; start a new run instead");
  locks.push(await takeStoreLock(resolve(options.storeRoot ?? record.storeRoot), record.runId));
  if (options.parameters && Object.keys(options.parameters).length) {
    throw new LocalRunError([`--resume ${record.runId}: a resumed run keeps its parameters; drop --param`]);
  }
  const { plan, problems } = readDefinition(definition);
  if (!plan) throw new LocalRunError(problems.map((p) => `${record.runId}/definition.json ${p}`));
  const parameters = new Map<string, ParameterValue>();
  for (const p of plan.parameters) {
    const value = record.parameters[p.Name];
    if (value !== undefined) parameters.set(p.Name, { type: p.Type, value: value as Json });
  }
  const settled = new Map<string, Settled>();
  for (const s of record.steps) {
    if (s.status === "Succeeded" || s.status === "Skipped") settled.set(s.name, s.status);
    else {
      s.status = "Pending";
      for (const k of ["error", "reason", "logTail", "properties", "outputs", "condition"] as const) delete s[k];
    }
  }
  record.status = "Executing";
  record.attempt += 1;
  delete record.failureReason;
  delete record.endedAt;
  const store = new ObjectStore(resolve(options.storeRoot ?? record.storeRoot), guardedFolders(options.workspace));
  return { plan, record, parameters, store, settled };
}

/** A lock refusal as a LocalRunError (nothing run, exit 1). */
function refused(what: string): (e: unknown) => never {
  return (e) => {
    if (e instanceof LockedError) throw new LocalRunError([`${what}: ${e.message}`]);
    throw e;
  };
}

async function takeStoreLock(root: string, runId: string): Promise<HeldLock> {
  await mkdir(root, { recursive: true });
  return lockStore(root, runId).catch(refused("sagepipe run --local"));
}

async function checkTools(plan: Plan, options: RunLocalOptions): Promise<{ python?: PythonInfo; problems: string[] }> {
  const types = new Set(plan.steps.map((s) => s.step.Type));
  const hasJobs = [...types].some((t) => JOB_STEP_TYPES.has(t));
  const needsLocal = hasJobs && (!options.docker || types.has("Transform"));
  const problems: string[] = [];
  let python: PythonInfo | undefined;
  if (needsLocal) {
    const found = await findPython(options.python ?? "python3");
    if ("problem" in found) problems.push(found.problem);
    else python = found;
    const sandbox = await checkSandbox();
    if (sandbox) problems.push(sandbox);
    problems.push(...checkSandboxReads(options.sandboxReads ?? [], options.cwd ?? process.cwd()).problems);
  }
  if (options.docker && hasJobs) {
    const docker = await checkDocker();
    if (docker) problems.push(docker);
  }
  return python ? { python, problems } : { problems };
}

async function makeBinDir(dir: string, python: PythonInfo | undefined): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  if (python) for (const name of ["python3", "python"]) await symlink(python.path, join(dir, name));
}

function summarize(record: RunRecord): void {
  const failedSteps = record.steps.filter((s) => s.status === "Failed");
  record.status = failedSteps.length ? "Failed" : "Succeeded";
  const first = failedSteps[0];
  if (first) record.failureReason = first.type === "Fail" ? `${first.name}: ${first.error}` : `step ${first.name} failed: ${first.error}`;
}

/**
 * Runs a pipeline definition on this machine, as SageMaker would, and resolves to the run's
 * record (also written to `<workspace>/runs/<id>/run.json`). Throws `LocalRunError` (nothing
 * run) when the definition, parameters, assets or tools are not right.
 */
export async function runLocal(options: RunLocalOptions): Promise<RunRecord> {
  const locks: HeldLock[] = [];
  try {
    return await runLocked(options, locks);
  } catch (e) {
    const disk = diskErrorMessage(e);
    if (disk) throw Object.assign(new Error(`sagepipe run --local: ${disk}`), { exitCode: 1 });
    throw e;
  } finally {
    for (const lock of locks.reverse()) await lock.release();
  }
}

async function runLocked(options: RunLocalOptions, locks: HeldLock[]): Promise<RunRecord> {
  const now = options.now ?? (() => new Date());
  const workspace = resolve(options.workspace);
  const runsRoot = join(workspace, "runs");
  const prepared = options.resume ? await prepareResume(options, runsRoot, locks) : await prepareNew(options, now(), locks);
  const { plan, record, store } = prepared;
  const { graph, problems } = buildStepGraph(plan);
  const tools = await checkTools(plan, options);
  if (problems.length || tools.problems.length) throw new LocalRunError([...problems.map((p) => `definition ${p}`), ...tools.problems]);
  if (tools.python) record.python = tools.python.path;
  const dir = runFolder(runsRoot, record.runId);
  if (options.resume) await makeBinDir(join(dir, "bin"), tools.python);
  else {
    const definition = JSON.stringify(plan.definition, null, 2) + "\n";
    locks.push(await createRunFolder(runsRoot, { record, definition, makeBin: (bin) => makeBinDir(bin, tools.python) }));
  }
  const env = {
    runId: record.runId,
    pipelineName: record.pipelineName,
    runDir: dir,
    store,
    registry: new LocalRegistry(join(workspace, "registry")),
    python: tools.python,
    binDir: join(dir, "bin"),
    docker: options.docker ?? false,
    adapters: [...(options.adapters ?? []), ...BUILT_IN_ADAPTERS],
    sandboxReads: checkSandboxReads(options.sandboxReads ?? [], options.cwd ?? process.cwd()).paths,
    ...(options.onOutput ? { onOutput: options.onOutput } : {}),
  };
  const run = new ActiveRun(env, plan, graph, record, prepared.parameters, new StepCache(join(workspace, "cache")), now, options.onEvent);
  await run.save();
  run.emit({ kind: "run-started", record, runDir: dir, resumed: Boolean(options.resume) });
  const started = performance.now();
  const scheduled = schedule({
    order: plan.steps.map((s) => s.step.Name),
    graph,
    settled: prepared.settled,
    limit: Math.max(1, options.maxParallel ?? availableParallelism()),
    needsSlot: (name) => JOB_STEP_TYPES.has(run.stepRecord(name).type),
    decide: (name, settled) => decideStep(run, name, settled),
    skip: async (name, status, reason) => {
      const rec = run.stepRecord(name);
      rec.status = status;
      rec.reason = reason;
      run.saveSoon(); // a skip changes nothing outside the record; a resume decides it again
      run.emit({ kind: "step-finished", step: rec });
    },
    run: (name) => executeStep(run, name),
  });
  await scheduled.catch(async (e: unknown) => {
    await run.save(); // nothing written after the locks are released
    throw e;
  });
  summarize(record);
  await pauseForTest("finishing");
  record.endedAt = now().toISOString();
  record.durationMs = Math.round(performance.now() - started);
  await run.save();
  if (run.lastSaveError) {
    const why = diskErrorMessage(run.lastSaveError, record.runId) ?? (run.lastSaveError as Error).message;
    throw Object.assign(new Error(`sagepipe run --local: run ${record.runId} ended ${record.status} but its record ${join(dir, "run.json")} could not be written: ${why}`), { exitCode: 1 });
  }
  run.emit({ kind: "run-finished", record, runDir: dir });
  return record;
}
