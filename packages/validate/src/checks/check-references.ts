// Every `{"Get": ...}` must point at something that exists: a declared parameter, one of the
// eight execution variables, the experiment config, or a property of an existing step (for
// processing outputs and Lambda/Callback outputs, a declared name).
import { didYouMean } from "../closest-name.ts";
import { quoteList } from "../describe-value.ts";
import { stepLabel, type DefinitionContext } from "../definition/definition-context.ts";
import type { StepEntry } from "../definition/collect-steps.ts";
import type { GetReference } from "../definition/find-gets.ts";
import { EXECUTION_VARIABLES, EXPERIMENT_CONFIG_VALUES, GET_ROOTS, parseGet } from "../definition/parse-get.ts";
import { parsePropertyPath, resolveProperty, type PropertySegment } from "../definition/property-path.ts";
import { allNamed, outputParameterNames, processingOutputNames, propertyFileNames } from "../definition/step-outputs.ts";
import { isObject } from "../json-pointer.ts";
import { issue, type ValidationIssue } from "../validation-issue.ts";

/** Checks the target of every Get. */
export function checkReferences(ctx: DefinitionContext): ValidationIssue[] {
  return ctx.gets.flatMap((get) => checkGet(ctx, get));
}

function checkGet(ctx: DefinitionContext, get: GetReference): ValidationIssue[] {
  const prefix = get.owner ? `In ${stepLabel(get.owner)}, ` : "";
  return checkTarget(ctx, get).map((i) => ({ ...i, message: prefix + i.message }));
}

function checkTarget(ctx: DefinitionContext, get: GetReference): ValidationIssue[] {
  const target = parseGet(get.path);
  const at = get.pointer;
  const quoted = JSON.stringify(get.path);
  if (get.asPropertyFile && target.kind !== "step") {
    return [issue("SP911", at, `Std:JsonGet PropertyFile ${quoted} must be {"Get": "Steps.<step>.PropertyFiles.<name>"}.`)];
  }
  switch (target.kind) {
    case "invalid":
      return [issue("SP911", at, `Get ${quoted} is not a reference: ${target.reason}. A Get path starts with ${quoteList(GET_ROOTS.map((r) => `${r}.`))}.${didYouMean(target.root, GET_ROOTS)}`)];
    case "parameter":
      if (ctx.parametersByName.has(target.name)) return [];
      return [issue("SP912", at, `Get ${quoted} refers to parameter "${target.name}", which is not declared.${didYouMean(target.name, ctx.parametersByName.keys())}`, `Declare it under Parameters or fix the name${ctx.parametersByName.size ? ` (declared: ${quoteList([...ctx.parametersByName.keys()])})` : ""}.`)];
    case "execution":
      if ((EXECUTION_VARIABLES as readonly string[]).includes(target.name)) return [];
      return [issue("SP914", at, `Get ${quoted}: "${target.name}" is not an execution variable.${didYouMean(target.name, EXECUTION_VARIABLES)} The execution variables are ${quoteList(EXECUTION_VARIABLES)}.`)];
    case "experiment":
      return checkExperimentGet(ctx, at, quoted, target.name);
    case "step":
      return checkStepGet(ctx, get, target.step, target.property);
  }
}

function checkExperimentGet(ctx: DefinitionContext, at: string, quoted: string, name: string): ValidationIssue[] {
  if (!(EXPERIMENT_CONFIG_VALUES as readonly string[]).includes(name)) {
    return [issue("SP911", at, `Get ${quoted}: PipelineExperimentConfig has ${quoteList(EXPERIMENT_CONFIG_VALUES)}, not "${name}".${didYouMean(name, EXPERIMENT_CONFIG_VALUES)}`)];
  }
  if (isObject(ctx.definition) && ctx.definition.PipelineExperimentConfig === null) {
    return [issue("SP911", at, `Get ${quoted} reads PipelineExperimentConfig, which this definition turns off (null).`, "Set PipelineExperimentConfig, or stop reading it.")];
  }
  return [];
}

function checkStepGet(ctx: DefinitionContext, get: GetReference, stepName: string, property: string): ValidationIssue[] {
  const at = get.pointer;
  const quoted = JSON.stringify(get.path);
  const step = ctx.stepsByName.get(stepName);
  if (!step) {
    return [issue("SP913", at, `Get ${quoted} refers to step "${stepName}", which is not in the definition.${didYouMean(stepName, ctx.stepsByName.keys())}`, "Add the step, or fix the name.")];
  }
  if (property.startsWith("PropertyFiles.") || property === "PropertyFiles") {
    if (!get.asPropertyFile) {
      return [issue("SP911", at, `Get ${quoted} reads a property file directly; property files are read with {"Std:JsonGet": {"PropertyFile": {"Get": ${quoted}}, "Path": "..."}}.`)];
    }
    const fileName = property.slice("PropertyFiles.".length);
    const files = propertyFileNames(step) ?? [];
    if (files.some((f) => f.name === fileName)) return [];
    const declared = files.length ? `it declares ${quoteList(files.map((f) => f.name))}` : "it declares no PropertyFiles";
    return [issue("SP916", at, `Get ${quoted}: ${stepLabel(step)} has no property file "${fileName}" (${declared}).${didYouMean(fileName, files.map((f) => f.name))}`, "Add it to the step's PropertyFiles, or fix the name.")];
  }
  if (get.asPropertyFile) {
    return [issue("SP911", at, `Std:JsonGet PropertyFile ${quoted} must name a property file: {"Get": "Steps.${stepName}.PropertyFiles.<name>"}.`)];
  }
  const segments = parsePropertyPath(property);
  if (typeof segments === "string") return [issue("SP911", at, `Get ${quoted} is malformed: ${segments}.`)];
  if (!step.type) return [];
  const resolved = resolveProperty(ctx.properties, step.type, segments);
  if (!resolved.ok) return [issue("SP915", at, `Get ${quoted}: ${resolved.problem}`)];
  return checkOutputName(get, step, segments);
}

/** `Outputs['x']` and `OutputParameters['x']` must name an output the step declares. */
function checkOutputName(get: GetReference, step: StepEntry, segments: readonly PropertySegment[]): ValidationIssue[] {
  const [first, second] = segments;
  let key: string | number | undefined;
  let declared: { name: string }[] | undefined;
  let what = "";
  if (step.type === "Processing" && first?.name === "ProcessingOutputConfig" && second?.name === "Outputs") {
    key = second.indexes[0];
    declared = processingOutputNames(step);
    what = "processing output";
  } else if ((step.type === "Lambda" || step.type === "Callback") && first?.name === "OutputParameters") {
    key = first.indexes[0];
    declared = outputParameterNames(step);
    what = "output parameter";
  }
  if (typeof key !== "string" || !declared || declared.some((d) => d.name === key)) return [];
  if (!allNamed(listOf(step, what), "OutputName")) return []; // some names are expressions: cannot tell
  const names = declared.map((d) => d.name);
  return [issue("SP917", get.pointer, `Get ${JSON.stringify(get.path)}: ${stepLabel(step)} declares no ${what} "${key}"${names.length ? ` (it declares ${quoteList(names)})` : ""}.${didYouMean(key, names)}`)];
}


function listOf(step: StepEntry, what: string): unknown {
  if (what === "output parameter") return step.step.OutputParameters;
  const args = step.step.Arguments;
  const config = isObject(args) ? args.ProcessingOutputConfig : undefined;
  return isObject(config) ? config.Outputs : undefined;
}
