import { dirname, resolve } from "node:path";
import { evaluatePipeline, isPipelineClass } from "@sagepipe/core";
import { checkFacts } from "./check-facts.ts";
import { checkExported } from "./checks/export-check.ts";
import { diagnostic, hasErrors, uniqueDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.ts";
import type { ValidationIssue } from "@sagepipe/validate";
import { buildOutputFiles, serializeDefinition, type BuiltPipeline } from "./emit/build-output.ts";
import { writeBuildOutput } from "./emit/write-build-output.ts";
import { compareEdges } from "./evaluate/compare-edges.ts";
import { importUserModule, type ImportModule } from "./evaluate/load-module.ts";
import { evaluationError } from "./evaluate/evaluation-error.ts";
import { extractWithCache, typeCheckWithCache, typeCheckWithCacheAsync, type CacheOptions, type CachedTypeCheck } from "./cache/index.ts";
import type { TypeCheckServerUse } from "./typecheck-server/check-through-server.ts";
import type { TypeCheckOptions } from "./typecheck/type-check.ts";
import type { PipelineFact, ProgramFacts } from "./extract/facts.ts";
import { buildStaticGraph } from "./graph/static-graph.ts";
import { checkBuiltDefinition } from "./checks/definition-checks.ts";
import { checkPipelineOptions, madeFromPipelineBucket, type BucketUse } from "./checks/pipeline-option-checks.ts";
import { definitionPlaces, type DefinitionPlace } from "./evaluate/definition-places.ts";
import { decoratorOptionSpan, SourceIndex } from "./evaluate/value-origin.ts";

/** Options of `checkEntry` (and `buildPipelines`). */
export interface CheckOptions extends CacheOptions, TypeCheckOptions {
  /**
   * Type-check the entry and the files it imports with TypeScript first (their errors are
   * diagnostics `TSnnnn`, and a build with any evaluates nothing).
   * @default true
   */
  readonly typecheck?: boolean;
}

/** Options of `buildPipelines`. */
export interface BuildOptions extends CheckOptions {
  /** Write `<name>.json`, `<name>.assets.json` and `assets/` here (only when there is no error). */
  readonly outDir?: string;
  /** Only build these pipelines (by name or class name). @default all */
  readonly only?: readonly string[];
  /**
   * How to import the user's modules, for a process that loads TypeScript itself (see
   * `ImportModule`). @default the process's own `import()` when it loads .ts files, else tsx's `tsImport`
   */
  readonly importModule?: ImportModule;
  /**
   * Type-check through the project's type-check server (started in the background when none
   * runs; see `TypeCheckServerUse`). @default none: this process checks
   */
  readonly typecheckServer?: TypeCheckServerUse;
}

/** What a check found. */
export interface CheckResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  facts: ProgramFacts;
  /**
   * The files the check read outside node_modules: the entry and the files it imports, and,
   * when type-checked, the tsconfig and package.json files (what `--watch` watches).
   */
  inputs: string[];
  /** Installed packages whose declarations changed since this process last type-checked against them (a watch tells the user). */
  changedPackages?: readonly string[];
}

/** What a build found and made. */
export interface BuildResult {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly pipelines: readonly BuiltPipeline[];
  readonly facts: ProgramFacts;
  /** The check's inputs and the local files of the pipelines' assets (code, scripts). */
  readonly inputs: readonly string[];
  /** As `CheckResult.changedPackages`. */
  readonly changedPackages?: readonly string[];
}

/** SP603's limit: CreatePipeline's inline PipelineDefinition limit, the same number as @sagepipe/aws's INLINE_DEFINITION_LIMIT (a test checks). */
export const MAX_DEFINITION_BYTES = 1024 * 1024;

/** Extraction, the project's set-up, the type check and the checks; runs none of the user's code. */
export function checkEntry(entry: string, options: CheckOptions = {}): CheckResult {
  const started = startCheck(entry, options);
  return finishCheck(started, started.typecheck ? typeCheckWithCache(entry, started.facts.files, options) : undefined);
}

/** As `checkEntry`, type-checking through the type-check server when `options.typecheckServer` says so. */
export async function checkEntryAsync(entry: string, options: BuildOptions = {}): Promise<CheckResult> {
  const started = startCheck(entry, options);
  if (!started.typecheck) return finishCheck(started, undefined);
  const server = options.typecheckServer ? { server: options.typecheckServer } : {};
  return finishCheck(started, await typeCheckWithCacheAsync(entry, started.facts.files, { ...options, ...server }));
}

interface StartedCheck {
  readonly facts: ProgramFacts;
  readonly diagnostics: Diagnostic[];
  readonly entry: string;
  /** Whether a type check is wanted (asked for, and the set-up allows it). */
  readonly typecheck: boolean;
}

function startCheck(entry: string, options: CheckOptions): StartedCheck {
  const { facts } = extractWithCache(resolve(entry), options);
  const { diagnostics, setup } = checkFacts(entry, facts);
  return { facts, diagnostics, entry, typecheck: options.typecheck !== false && facts.files.length > 0 && !hasErrors(setup) };
}

function finishCheck({ facts, diagnostics, entry }: StartedCheck, typecheck: CachedTypeCheck | undefined): CheckResult {
  const inputs = new Set(facts.files.length ? facts.files : [resolve(entry)]);
  if (typecheck) {
    diagnostics.push(...typecheck.diagnostics);
    for (const f of typecheck.inputs) inputs.add(f);
  }
  const unique = uniqueDiagnostics(diagnostics);
  const changed = typecheck?.changedPackages ? { changedPackages: typecheck.changedPackages } : {};
  return { ok: !hasErrors(unique), diagnostics: sortDiagnostics(unique), facts, inputs: [...inputs], ...changed };
}

function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) => a.span.file.localeCompare(b.span.file) || a.span.line - b.span.line || a.span.col - b.span.col || a.code.localeCompare(b.code));
}

async function buildOne(p: PipelineFact, diagnostics: Diagnostic[], userFiles: ReadonlySet<string>, importModule: ImportModule | undefined): Promise<BuiltPipeline | undefined> {
  const index = new SourceIndex(userFiles);
  const notExported = checkExported(p);
  if (notExported.length) {
    diagnostics.push(...notExported);
    return undefined;
  }
  try {
    const mod = await importUserModule(p.file, importModule);
    const cls = mod[p.className];
    if (!isPipelineClass(cls)) {
      diagnostics.push(diagnostic("SP002", "error", p.span, `${p.className} is not exported as a @Pipeline class from ${p.file}.`, `Export the class under its own name: \`export class ${p.className}\`.`));
      return undefined;
    }
    const stepFiles = new Map(p.steps.map((s) => [s.method, dirname(s.span.file)]));
    const evaluated = evaluatePipeline(cls, { sourceDir: dirname(p.file), sourceDirOf: (m) => stepFiles.get(m) });
    diagnostics.push(...compareEdges(p, buildStaticGraph(p), evaluated.edges));
    const definitionJson = serializeDefinition(evaluated.definition);
    const bucketUses: BucketUse[] = [];
    // A URI made from a wrong @Pipeline bucket becomes a note of the bucket's own diagnostic.
    const fromBucket = (issue: ValidationIssue, place: DefinitionPlace): boolean => {
      if (!madeFromPipelineBucket(issue, evaluated.options.bucket)) return false;
      bucketUses.push({ span: place.span, message: `${place.method ? `${place.method}(): ` : ""}an S3 URI made from this bucket (built definition, ${issue.pointer})` });
      return true;
    };
    diagnostics.push(...checkBuiltDefinition(evaluated.definition, definitionPlaces(p, evaluated, index), fromBucket));
    diagnostics.push(...checkPipelineOptions(p, evaluated.options, (option) => decoratorOptionSpan(index, p.span, [option]), bucketUses));
    // Deploy sends the definition compact (JSON.stringify, no indent), not the indented file.
    const sentBytes = Buffer.byteLength(JSON.stringify(evaluated.definition));
    if (sentBytes > MAX_DEFINITION_BYTES) {
      diagnostics.push(diagnostic("SP603", "warning", p.span, `The definition of ${evaluated.name} is ${sentBytes} bytes as deploy sends it (compact JSON), over CreatePipeline's 1 MB limit for PipelineDefinition (https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreatePipeline.html).`, "Nothing to change: `sagepipe deploy` uploads it to S3 and passes PipelineDefinitionS3Location."));
    }
    const { roleArn, description, displayName, tags, maxParallelExecutionSteps, region } = evaluated.options;
    const deployOptions = Object.fromEntries(Object.entries({ roleArn, description, displayName, tags, maxParallelExecutionSteps, region }).filter(([, v]) => v !== undefined));
    const lambdaFunctions = evaluated.lambdaFunctions.length ? { lambdaFunctions: evaluated.lambdaFunctions } : {};
    return { name: evaluated.name, className: p.className, definition: evaluated.definition, definitionJson, assets: evaluated.assets, ...deployOptions, ...lambdaFunctions };
  } catch (e) {
    if (process.env.SAGEPIPE_DEBUG && e instanceof Error) console.error(e.stack);
    diagnostics.push(evaluationError(p, e, index));
    return undefined;
  }
}

/** SP003: a name in `only` that is neither the name nor the class of a pipeline of the entry. */
function unknownSelections(facts: ProgramFacts, only: readonly string[]): Diagnostic[] {
  if (!facts.pipelines.length) return [];
  const known = facts.pipelines.map((p) => `${p.name?.value ?? p.className} (class ${p.className})`).join(", ");
  return only
    .filter((n) => !facts.pipelines.some((p) => p.className === n || p.name?.value === n))
    .map((n) => diagnostic("SP003", "error", { file: facts.entry, line: 1, col: 1, length: 1 }, `No pipeline named ${n} in this entry; it has ${known}.`, "Give a pipeline's name or its class name, or leave the option out to build them all."));
}

/** Extracts, checks, evaluates and (with `outDir`, when nothing is wrong) writes every pipeline of the entry. */
export async function buildPipelines(entry: string, options: BuildOptions = {}): Promise<BuildResult> {
  const checked = await checkEntryAsync(entry, options);
  const diagnostics = [...checked.diagnostics];
  const selected = checked.facts.pipelines.filter((p) => !options.only?.length || options.only.includes(p.className) || options.only.includes(p.name?.value ?? ""));
  diagnostics.push(...unknownSelections(checked.facts, options.only ?? []));
  const pipelines: BuiltPipeline[] = [];
  if (checked.ok) {
    for (const p of selected) {
      const built = await buildOne(p, diagnostics, new Set(checked.facts.files), options.importModule);
      if (built) pipelines.push(built);
    }
  }
  const sorted = sortDiagnostics(diagnostics);
  const ok = !hasErrors(sorted);
  if (ok && options.outDir) await writeBuildOutput(resolve(options.outDir), buildOutputFiles(pipelines, resolve(options.outDir)));
  const inputs = [...new Set([...checked.inputs, ...pipelines.flatMap((p) => p.assets.map((a) => a.localPath))])];
  const changed = checked.changedPackages ? { changedPackages: checked.changedPackages } : {};
  return { ok, diagnostics: sorted, pipelines: ok ? pipelines : [], facts: checked.facts, inputs, ...changed };
}
