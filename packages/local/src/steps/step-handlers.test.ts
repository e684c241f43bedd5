import { STEP_TYPES, type StepType } from "@sagepipe/expressions";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { JOB_STEP_TYPES, STEP_HANDLERS, unsupportedStepMessage } from "./step-handlers.ts";

const t = suite("local step handlers");

t("every step type of the table either runs locally or says why not", () => {
  for (const type of Object.keys(STEP_TYPES) as StepType[]) {
    if (STEP_HANDLERS[type]) continue;
    const message = unsupportedStepMessage(type);
    assert.not.match(message, "no local runner", `${type} has its own reason`);
    assert.match(message, `${type} steps cannot run locally (`);
  }
});

t("the job steps are the ones that start a process", () => {
  assert.equal([...JOB_STEP_TYPES].sort(), ["Processing", "Training", "Transform"]);
  for (const type of JOB_STEP_TYPES) assert.type(STEP_HANDLERS[type], "function");
});

t("a Type the table does not know has no handler, not even one inherited from Object", () => {
  for (const type of ["toString", "constructor", "__proto__", "Nope"]) assert.is(STEP_HANDLERS[type], undefined, type);
  assert.match(unsupportedStepMessage("Nope"), "sagepipe has no local runner for it");
  assert.match(unsupportedStepMessage("toString"), "sagepipe has no local runner for it");
});

t.run();
