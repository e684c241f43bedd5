// The escape hatch: a step whose arguments no helper reproduces (or whose kind has no importer
// yet) is written as core's `verbatimStep(type, { arguments })`, the Arguments exactly as the
// definition holds them (references still typed values), under its kind's decorator.
import { STEP_KINDS, STEP_TYPES, type StepDecoratorName, type StepType } from "@sagepipe/expressions";
import { valueCode } from "../expressions.ts";
import { CannotImport, type ImportScope } from "../import-scope.ts";
import { JsonReader } from "../json-reader.ts";
import type { StepInput, WrittenStep } from "../step-importer.ts";
import { call, literal, object, type Code } from "../ts-code.ts";

/** The decorator writing a step of `type` verbatim, or undefined when sagepipe has none for it. */
export function verbatimDecorator(type: string): StepDecoratorName | undefined {
  const kind = Object.hasOwn(STEP_TYPES, type) ? STEP_TYPES[type as StepType].verbatim : null;
  return kind === null ? undefined : STEP_KINDS[kind].decorator;
}

/** Keys of the step (besides Name, Type, Arguments and the decorator's options) a check step holds. */
const CHECK_KEYS = ["CheckType", "FailOnViolation", "SkipCheck", "RegisterNewBaseline", "ModelPackageGroupName", "SuppliedBaselineStatistics", "SuppliedBaselineConstraints", "ModelName"];

/** `{ Name: { output, path } }` from a processing step's PropertyFiles. */
function propertyFilesCode(envelope: JsonReader): Code | undefined {
  const files = envelope.list("PropertyFiles");
  if (files === undefined) return undefined;
  if (!files.length) throw new CannotImport(envelope.at("PropertyFiles"), "verbatimStep writes no empty PropertyFiles");
  return object(files.map((f, i): [string, Code] => {
    const r = JsonReader.of(f, `${envelope.at("PropertyFiles")}/${i}`, "verbatimStep's propertyFiles");
    const name = r.text("PropertyFileName");
    const output = r.text("OutputName");
    const path = r.text("FilePath");
    r.done();
    if (name === undefined || output === undefined || path === undefined) throw new CannotImport(r.pointer, "a property file needs PropertyFileName, OutputName and FilePath");
    if (/^(0|[1-9]\d*)$/.test(name)) throw new CannotImport(r.at("PropertyFileName"), "verbatimStep needs property file names that are not numbers (an object's keys keep their order only then)");
    return [name, object([["output", literal(output)], ["path", literal(path)]])];
  }));
}

/** Writes the step as `verbatimStep(type, {...})`, or throws CannotImport when its Type has no verbatim form. */
export function writeVerbatim(step: StepInput, scope: ImportScope, reason: string): WrittenStep {
  const decorator = verbatimDecorator(step.type);
  if (!decorator) throw new CannotImport(`${step.pointer}/Type`, `step ${step.name}: ${reason}, and sagepipe has no verbatim form for ${step.type} steps`);
  const envelope = step.envelope;
  const keys = step.type === "QualityCheck" || step.type === "ClarifyCheck"
    ? object(CHECK_KEYS.filter((k) => envelope.has(k)).map((k) => [k, valueCode(envelope.take(k), scope, envelope.at(k))]))
    : undefined;
  const props = object([
    ["arguments", valueCode(step.args.value, scope, step.args.pointer)],
    ["propertyFiles", step.type === "Processing" ? propertyFilesCode(envelope) : undefined],
    ["stepKeys", keys],
  ]);
  for (const k of Object.keys(step.args.value)) step.args.take(k);
  return {
    decorator,
    body: call(scope.use("verbatimStep"), [literal(step.type), props]),
    notes: [`Kept verbatim (the definition's Arguments as written): ${reason}.`],
  };
}
