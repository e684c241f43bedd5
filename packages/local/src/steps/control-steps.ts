import { evaluateConditions } from "../expressions/conditions.ts";
import { failed, type StepHandler } from "./step-context.ts";

/** Runs a Condition step: evaluates its conditions; the runner then takes the matching branch. */
export const runConditionStep: StepHandler = async (ctx) => {
  const at = `${ctx.planned.pointer}/Arguments/Conditions`;
  const result = evaluateConditions(ctx.planned.step.Arguments.Conditions ?? [], at, ctx.scope);
  if (result.problems.length) {
    return failed(`the conditions could not be evaluated:\n  ${result.problems.map((p) => `${p.pointer}: ${p.message}`).join("\n  ")}`);
  }
  return {
    status: "Succeeded",
    properties: { Outcome: result.outcome },
    condition: { outcome: result.outcome, reasons: result.reasons },
  };
};

/** Runs a Fail step: the run fails with its ErrorMessage. */
export const runFailStep: StepHandler = async (ctx) => {
  const message = ctx.args.ErrorMessage;
  const text = typeof message === "string" ? message : message === undefined || message === null ? "" : JSON.stringify(message);
  return failed(text || `the pipeline reached Fail step '${ctx.planned.step.Name}'`, { ErrorMessage: text });
};
