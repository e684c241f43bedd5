// The model of an AutoML step's best candidate: a container whose image, artifacts and
// environment are exactly what `autoML(...).fit(...).bestModel({ role })` reads from the AutoML
// step's BestCandidate (core's list of environment keys) is written as that call.
import { AUTOML_BEST_MODEL_ENV } from "@sagepipe/core";
import { parseGet } from "@sagepipe/validate";
import { isJsonObject } from "../expressions.ts";
import type { ImportScope } from "../import-scope.ts";
import type { JsonReader } from "../json-reader.ts";
import { call, object, type Code } from "../ts-code.ts";

const CONTAINER = "BestCandidate.InferenceContainers[0]";

/** The step a `{ Get: "Steps.<step>.<property>" }` reads `property` of, else undefined. */
function stepReading(value: unknown, property: string): string | undefined {
  if (!isJsonObject(value) || Object.keys(value).length !== 1 || typeof value.Get !== "string") return undefined;
  const target = parseGet(value.Get);
  return target.kind === "step" && target.property === property ? target.step : undefined;
}

/**
 * `this.<automl>().bestModel({ role })` when the container (Image, ModelDataUrl, Environment and
 * nothing else) is exactly the best candidate's of an AutoML step written with autoML(); the
 * container's keys are then taken. Undefined otherwise (nothing taken).
 */
export function bestModelCode(container: JsonReader, role: Code, scope: ImportScope): Code | undefined {
  const c = container.value;
  const env = c.Environment;
  if (Object.keys(c).sort().join() !== "Environment,Image,ModelDataUrl" || !isJsonObject(env)) return undefined;
  if (Object.keys(env).sort().join() !== [...AUTOML_BEST_MODEL_ENV].sort().join()) return undefined;
  const name = stepReading(c.Image, `${CONTAINER}.Image`);
  const reads = [
    stepReading(c.ModelDataUrl, `${CONTAINER}.ModelDataUrl`),
    ...AUTOML_BEST_MODEL_ENV.map((k) => stepReading(env[k], `${CONTAINER}.Environment['${k}']`)),
  ];
  const step = name === undefined ? undefined : scope.step(name);
  if (!step || step.type !== "AutoML" || scope.keptVerbatim(step.name) || reads.some((r) => r !== name)) return undefined;
  for (const key of ["Image", "ModelDataUrl", "Environment"]) container.take(key);
  return call(`${scope.self}.${step.method}().bestModel`, [object([["role", role]])]);
}
