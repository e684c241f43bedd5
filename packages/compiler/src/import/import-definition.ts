// `sagepipe import`: a pipeline definition (JSON) -> a decorated sagepipe class that builds it
// back. Validation comes first (reusing @sagepipe/validate); then every step is written by its
// kind's importer, or the import fails naming each value it cannot express. Nothing is written
// here: the caller writes the returned source.
import { collectSteps, formatIssues, locatePointer, locatePointers, parseJson, parsePropertyPath, validateDefinition } from "@sagepipe/validate";
import { isJsonObject } from "./expressions.ts";
import { CannotImport, type ImportedStep, type ImportScope } from "./import-scope.ts";
import { JsonReader } from "./json-reader.ts";
import { camelName, NameSet, pascalName } from "./names.ts";
import { pipelineDefaults, experimentConfigCode, importedParameters, parameterField } from "./pipeline-header.ts";
import { importerOf, type NotImported } from "./step-importers.ts";
import { notebookPipelineName } from "./steps/notebook-job.ts";
import { propertiesPath, type StepImporter, type StepInput, type WrittenStep } from "./step-importer.ts";
import { verbatimDecorator, writeVerbatim } from "./steps/verbatim.ts";
import { keepsJobNames } from "./steps/kept-job-name.ts";
import { stepOptionsCode } from "./step-options.ts";
import { writeSource, type MethodSource } from "./source-file.ts";
import { flat, jsonCode, literal, object, type Code } from "./ts-code.ts";

/** What `importDefinition` needs besides the text. */
export interface ImportOptions {
  /** The file's name as shown in messages and the header comment. */
  readonly file: string;
  /** The class's name. @default the pipeline name in PascalCase */
  readonly className?: string;
  /** The pipeline's name (the definition does not hold it). @default the one its default output locations use, else the file's base name */
  readonly pipelineName?: string;
  /**
   * `--fetch-code`: make code the steps read from S3 local code assets under this folder, the
   * path as the class writes it (relative to the class's file, `/`-separated). @default code stays an S3 URI
   */
  readonly fetchCode?: {
    readonly dir: string;
    /** S3 objects already read (URI -> text) that decide how steps are written: what an earlier import listed in `reads`. @default none */
    readonly texts?: ReadonlyMap<string, string>;
  };
}

/** Code to download for --fetch-code: the object, and where it goes under the folder. */
export interface CodeFetch {
  readonly uri: string;
  /** The path under the --fetch-code folder (`<method>/<file>`, or `<method>` for an archive to unpack). */
  readonly path: string;
  /** A .tar.gz to unpack into `path` (a source folder), not a file. */
  readonly unpack: boolean;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly source: string;
      readonly className: string;
      readonly pipelineName: string;
      readonly warnings: readonly string[];
      readonly fetches: readonly CodeFetch[];
      /** With --fetch-code: S3 objects whose text would change how a step is written; read them and import again with `fetchCode.texts`. */
      readonly reads: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

/** Imports a definition's text. Never throws on bad input: the result says what is wrong. */
export function importDefinition(text: string, options: ImportOptions): ImportResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return { ok: false, error: `${options.file}:${parsed.position.line}:${parsed.position.column}: error ${parsed.issue.code}: ${parsed.issue.message}\n  fix: ${parsed.issue.fix}` };
  }
  const issues = validateDefinition(parsed.value).filter((i) => i.severity === "error");
  if (issues.length) {
    return { ok: false, error: `${options.file} is not a pipeline definition sagepipe can import; fix it first (sagepipe validate ${options.file}):\n${formatIssues(issues, options.file, { source: text })}` };
  }
  try {
    const pointers = locatePointers(text);
    const locate = (pointer: string) => {
      const where = locatePointer(pointers, text, pointer);
      return `${options.file}:${where.line}:${where.column}`;
    };
    return generate(parsed.value as { readonly [k: string]: unknown }, options, locate);
  } catch (e) {
    if (!(e instanceof CannotImport)) throw e;
    const where = locatePointer(locatePointers(text), text, e.pointer);
    const at = `${options.file}:${where.line}:${where.column}`;
    return { ok: false, error: `${at}: cannot import ${e.pointer}: ${e.reason}.\n  Nothing was written.` };
  }
}

/** A pipeline name from the file's name: letters, digits and hyphens (`spark_jar.json` -> `spark-jar`). */
function nameFromFile(file: string): string {
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/i, "");
  return base.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "ImportedPipeline";
}

/** The first role a step's arguments name (RoleArn or ExecutionRoleArn). */
function firstRole(definition: unknown): string | undefined {
  return /"(?:Execution)?RoleArn":"([^"]+)"/.exec(JSON.stringify(definition))?.[1];
}

/** `spark-jar` -> `SparkJarPipeline`; a name ending in "Pipeline" is kept (and never clashes with sagepipe's exports). */
function classNameFor(pipelineName: string): string {
  const name = pascalName(pipelineName, "Imported");
  return name.endsWith("Pipeline") ? name : `${name}Pipeline`;
}

/** Thrown while writing a step that falls back to its verbatim form: generation starts again knowing it. */
class KeptVerbatim {
  constructor(
    readonly step: string,
    readonly reason: string,
  ) {}
}

/** Output types of the Lambda and Callback steps, by step and output name. */
function outputTypes(entries: readonly { readonly name?: string; readonly step: unknown }[]): Map<string, Map<string, string>> {
  const types = new Map<string, Map<string, string>>();
  for (const e of entries) {
    const outputs = isJsonObject(e.step) && Array.isArray(e.step.OutputParameters) ? e.step.OutputParameters : [];
    const byName = new Map<string, string>();
    for (const o of outputs) if (isJsonObject(o) && typeof o.OutputName === "string" && typeof o.OutputType === "string") byName.set(o.OutputName, o.OutputType);
    if (byName.size) types.set(e.name ?? "", byName);
  }
  return types;
}

function generate(definition: { readonly [k: string]: unknown }, options: ImportOptions, locate: (pointer: string) => string): ImportResult {
  // A step no importer writes exactly is written verbatim; references to it then go through its
  // typed properties, so generation starts again whenever one more step is kept verbatim.
  const verbatim = new Map<string, string>();
  for (;;) {
    try {
      return generateOnce(definition, options, verbatim, locate);
    } catch (e) {
      if (!(e instanceof KeptVerbatim)) throw e;
      verbatim.set(e.step, e.reason);
    }
  }
}

function generateOnce(definition: { readonly [k: string]: unknown }, options: ImportOptions, verbatim: ReadonlyMap<string, string>, locate: (pointer: string) => string): ImportResult {
  const defaults = pipelineDefaults(definition);
  const entries = collectSteps(definition);
  const pipelineName = options.pipelineName ?? defaults?.pipelineName ?? notebookPipelineName(entries) ?? nameFromFile(options.file);
  const className = options.className ?? classNameFor(pipelineName);
  const warnings: string[] = [];
  if (definition.Metadata !== undefined && !isJsonObject(definition.Metadata)) throw new CannotImport("/Metadata", "sagepipe writes Metadata as an object");
  const metadata = isJsonObject(definition.Metadata) && Object.keys(definition.Metadata).length ? jsonCode(definition.Metadata) : undefined;
  for (const key of ["Metadata", "Parameters"]) {
    if (definition[key] === undefined) warnings.push(`${options.file}: the definition has no ${key}; sagepipe writes ${key === "Metadata" ? "{}" : "[]"} there, as the SDK does (the only difference the build will show).`);
  }
  const names = new NameSet();
  const parameters = importedParameters(definition.Parameters, names);
  const steps = new Map<string, ImportedStep>();
  const types = outputTypes(entries);
  const importers = new Map<string, StepImporter | NotImported | undefined>();
  for (const e of entries) {
    const name = e.name ?? "";
    const importer = importerOf(e.type ?? "", e.step);
    importers.set(name, importer);
    const decorated = importer && "write" in importer && importer.decoratedName && !verbatim.has(name) ? importer.decoratedName(name) : name;
    steps.set(name, { name, type: e.type ?? "", method: names.claim(camelName(decorated, "step")), decoratedName: decorated });
  }
  const imports = new Set<string>(["Pipeline"]);
  const constants = new Map<string, { name: string; value: string }>();
  let region: string | undefined;
  const fetches: CodeFetch[] = [];
  const reads: string[] = [];
  let codeBucket: string | undefined;
  const constantNames = new NameSet([...parameters.map((p) => p.field), ...[...steps.values()].map((s) => s.method), className]);
  const scope: ImportScope = {
    self: "this",
    pipelineName,
    parameter: (n) => parameters.find((p) => p.name === n),
    step: (n) => steps.get(n),
    keptVerbatim: (n) => verbatim.has(n),
    outputType: (step, output) => types.get(step)?.get(output),
    stepProperty(step, property, pointer) {
      const segments = parsePropertyPath(property);
      if (typeof segments === "string") throw new CannotImport(pointer, segments);
      const importer = importers.get(step.name);
      const stepCall = `${this.self}.${step.method}()`;
      const idiomatic = importer && "write" in importer && !verbatim.has(step.name) ? importer : undefined;
      const own = idiomatic?.reference?.(segments, stepCall);
      if (own === undefined && idiomatic?.closedProperties !== undefined) {
        throw new KeptVerbatim(step.name, `${pointer} reads its ${property}, and ${idiomatic.closedProperties}`);
      }
      return own ?? `${stepCall}${propertiesPath(segments)}`;
    },
    use: (n) => (imports.add(n), n),
    useRegion(r, pointer) {
      if (region !== undefined && region !== r) throw new CannotImport(pointer, `the pipeline's region is ${region} (another step's image), and this step's image is of ${r}`);
      region = r;
    },
    constant(kind, value) {
      const text = flat(value);
      const key = `${kind}\u0000${text}`;
      let c = constants.get(key);
      if (!c) constants.set(key, (c = { name: constantNames.claim(kind), value: text }));
      return c.name;
    },
    ...(options.fetchCode ? { fetchCode: (uri: string, stepName: string, file: string, unpack: boolean) => {
      const folder = steps.get(stepName)?.method ?? "code";
      const path = unpack ? folder : `${folder}/${file}`;
      fetches.push({ uri, path, unpack });
      codeBucket ??= /^s3:\/\/([^/]+)\//.exec(uri)?.[1];
      warnings.push(`step ${stepName}: ${uri} is fetched into ${options.fetchCode!.dir}/${path}; the build uploads it to a content-hashed location, so that URI differs from the definition's.`);
      return `${options.fetchCode!.dir}/${path}`;
    }, readText: (uri: string) => {
      const text = options.fetchCode!.texts?.get(uri);
      if (text === undefined && !reads.includes(uri)) reads.push(uri);
      return text;
    } } : {}),
    ...(firstRole(definition) !== undefined ? { role: firstRole(definition)! } : {}),
    ...(defaults?.fromOutputs && defaults.pipelineName === pipelineName ? { defaultOutput: defaults } : {}),
    keepsJobNames: keepsJobNames(entries),
  };
  const fields = parameters.map((p, i) => parameterField(p, (definition.Parameters as unknown[])[i], i, scope));
  const methods = entries.map((e): MethodSource => {
    const step = steps.get(e.name ?? "")!;
    const importer = importers.get(step.name);
    if (!importer) throw new CannotImport(`${e.pointer}/Type`, `step type "${step.type}" is not one sagepipe knows`);
    const input = (): StepInput => {
      const envelope = new JsonReader(e.step, e.pointer, `@${step.type}`);
      const args = JsonReader.of(envelope.take("Arguments") ?? {}, envelope.at("Arguments"), `${step.type} step`);
      envelope.take("Type");
      return { name: step.name, type: step.type, pointer: e.pointer, args, envelope };
    };
    const kept = verbatim.get(step.name);
    if (kept === undefined && !("write" in importer)) {
      throw new KeptVerbatim(step.name, `${step.type} steps have no importer yet (${importer.notYet})`);
    }
    const write = (): [WrittenStep, Code | undefined] => {
      const stepInput = input();
      const written = kept !== undefined ? writeVerbatim(stepInput, scope, kept) : (importer as StepImporter).write(stepInput, scope);
      const decoratorOptions = stepOptionsCode(stepInput.envelope, step, className, scope);
      stepInput.envelope.done();
      return [written, decoratorOptions];
    };
    let written: WrittenStep, decoratorOptions: Code | undefined;
    try {
      [written, decoratorOptions] = write();
    } catch (err) {
      // The idiomatic form cannot express a value: the step is kept verbatim when its Type has
      // that form (a value the verbatim form cannot express either is then refused).
      if (kept !== undefined || !(err instanceof CannotImport) || !verbatimDecorator(step.type)) throw err;
      throw new KeptVerbatim(step.name, `${err.pointer}: ${err.reason.replace(/\s+/g, " ")}`);
    }
    if (kept !== undefined) warnings.push(`${locate(e.pointer)}: step ${step.name} is kept verbatim (verbatimStep("${step.type}", ...)): ${kept}.`);
    imports.add(written.decorator);
    return { method: step.method, decorator: written.decorator, options: decoratorOptions, body: written.body, notes: written.notes ?? [] };
  });
  const experiment = experimentConfigCode(definition, className, scope);
  const pipelineOptions: Code = object([
    ["name", literal(pipelineName)],
    ["region", region === undefined ? undefined : literal(region)],
    ["bucket", defaults && defaults.pipelineName === pipelineName ? literal(defaults.bucket) : codeBucket !== undefined ? literal(codeBucket) : undefined],
    ["experimentConfig", experiment],
    ["definitionConfig", scope.keepsJobNames ? object([["useCustomJobPrefix", literal(true)]]) : undefined],
    ["metadata", metadata],
  ]);
  const source = writeSource({
    file: options.file,
    imports: [...imports],
    constants: [...constants.values()],
    className,
    pipelineOptions,
    fields,
    methods,
  });
  return { ok: true, source, className, pipelineName, warnings, fetches, reads };
}
